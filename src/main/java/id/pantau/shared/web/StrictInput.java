package id.pantau.shared.web;

import java.io.IOException;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.MultiLine;
import id.pantau.shared.RefusedValueException;
import id.pantau.shared.Text;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One rule for every request, API and pages alike: every string bound to a field of a
 * request refuses control and direction characters ({@link Text}), dates are
 * {@code YYYY-MM-DD} strings between 1950 and 2100, local times carry no zone or offset.
 * The pages' forms go through the same reading (they become the API's JSON). Untyped JSON
 * (a tree, a map of anything) is read as it is: its strings are checked when it becomes a
 * request.
 */
@Configuration(proxyBeanMethods = false)
class StrictInput implements WebMvcConfigurer {

	@Bean
	Module pantauStrictInput() {
		SimpleModule module = new SimpleModule("pantau-strict-input");
		module.addDeserializer(String.class, new TextDeserializer(false, false));
		module.addDeserializer(LocalDate.class, new DateDeserializer());
		module.addDeserializer(LocalDateTime.class, new DateTimeDeserializer());
		module.addDeserializer(LocalTime.class, new TimeDeserializer());
		return module;
	}

	/**
	 * Dates in query parameters ({@code @DateTimeFormat(iso = DATE)}): same shape, same
	 * range.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldAnnotation(new QueryDates());
	}

	/** A date as {@code YYYY-MM-DD}, else null. */
	static LocalDate date(String text) {
		try {
			return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Strings of a request: no control or direction characters. */
	static final class TextDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {

		private final boolean checked;

		private final boolean multiLine;

		TextDeserializer(boolean checked, boolean multiLine) {
			super(String.class);
			this.checked = checked;
			this.multiLine = multiLine;
		}

		@Override
		public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
			if (property == null) {
				return StringDeserializer.instance;
			}
			return new TextDeserializer(true, property.getAnnotation(MultiLine.class) != null);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String value = StringDeserializer.instance.deserialize(parser, context);
			if (this.checked && value != null) {
				int refused = Text.firstRefused(value, this.multiLine);
				if (refused >= 0) {
					throw new RefusedValueException(parser, String.class,
							this.multiLine ? "problem.field.characters.multi-line" : "problem.field.characters",
							Text.codePoint(refused));
				}
			}
			return value;
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

		@Override
		public boolean isCachable() {
			return true;
		}

		@Override
		public Object getEmptyValue(DeserializationContext context) {
			return "";
		}

	}

	/** Dates: a {@code YYYY-MM-DD} string between 1950 and 2100, nothing else. */
	static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {

		DateDeserializer() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = (parser.currentToken() == JsonToken.VALUE_STRING) ? parser.getText() : null;
			LocalDate date = (text != null) ? date(text.strip()) : null;
			if (date == null) {
				throw new RefusedValueException(parser, LocalDate.class, "problem.field.date", shown(parser));
			}
			return inRange(parser, date, LocalDate.class);
		}

	}

	/** Local date and time: {@code YYYY-MM-DDThh:mm[:ss]}, without zone or offset. */
	static final class DateTimeDeserializer extends StdScalarDeserializer<LocalDateTime> {

		DateTimeDeserializer() {
			super(LocalDateTime.class);
		}

		@Override
		public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			LocalDateTime at = null;
			if (parser.currentToken() == JsonToken.VALUE_STRING) {
				try {
					at = LocalDateTime.parse(parser.getText().strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
				}
				catch (DateTimeParseException ex) {
					at = null;
				}
			}
			if (at == null) {
				throw new RefusedValueException(parser, LocalDateTime.class, "problem.field.date-time", shown(parser));
			}
			inRange(parser, at.toLocalDate(), LocalDateTime.class);
			return at;
		}

	}

	/** Local time: {@code hh:mm[:ss]}, without zone or offset. */
	static final class TimeDeserializer extends StdScalarDeserializer<LocalTime> {

		TimeDeserializer() {
			super(LocalTime.class);
		}

		@Override
		public LocalTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.currentToken() == JsonToken.VALUE_STRING) {
				try {
					return LocalTime.parse(parser.getText().strip(), DateTimeFormatter.ISO_LOCAL_TIME);
				}
				catch (DateTimeParseException ex) {
					// refused below
				}
			}
			throw new RefusedValueException(parser, LocalTime.class, "problem.field.time", shown(parser));
		}

	}

	private static <T> LocalDate inRange(JsonParser parser, LocalDate date, Class<T> target) throws IOException {
		if (!Text.inRange(date)) {
			throw new RefusedValueException(parser, target, "problem.field.date-range", Text.EARLIEST_DATE,
					Text.LATEST_DATE);
		}
		return date;
	}

	/** The value as sent, for the message: a text without quotes, else the JSON token. */
	private static String shown(JsonParser parser) throws IOException {
		String text = (parser.currentToken() != null && parser.currentToken().isScalarValue()) ? parser.getText()
				: String.valueOf(parser.currentToken());
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

	/**
	 * Query parameters annotated {@code @DateTimeFormat(iso = DATE)} of type LocalDate.
	 */
	static final class QueryDates implements AnnotationFormatterFactory<DateTimeFormat> {

		private final Jsr310DateTimeFormatAnnotationFormatterFactory others = new Jsr310DateTimeFormatAnnotationFormatterFactory();

		@Override
		public Set<Class<?>> getFieldTypes() {
			return Set.of(LocalDate.class);
		}

		@Override
		public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
			return this.others.getPrinter(annotation, fieldType);
		}

		@Override
		public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
			if (annotation.iso() != DateTimeFormat.ISO.DATE) {
				return this.others.getParser(annotation, fieldType);
			}
			return (String text, Locale locale) -> {
				LocalDate date = date(text.strip());
				if (date == null) {
					throw new ParseException(text, 0);
				}
				if (!Text.inRange(date)) {
					throw new InvalidInputException(null, "problem.field.date-range", Text.EARLIEST_DATE,
							Text.LATEST_DATE);
				}
				return date;
			};
		}

	}

}
