package id.pantau.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page text exists in Indonesian and in English. */
class WebMessagesTests {

	/** A message expression, or a key handed to a field fragment as a literal. */
	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)|'(web\\.[\\w.-]*\\w)'");

	@Test
	void bundlesHaveTheSameKeysInBothLanguages() throws IOException {
		assertThat(load("i18n/web_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("i18n/web.properties").stringPropertyNames());
		assertThat(load("i18n/bulk_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("i18n/bulk.properties").stringPropertyNames());
	}

	@Test
	void everyTextTheTemplatesNameExists() throws IOException {
		Set<String> known = new TreeSet<>(load("i18n/web.properties").stringPropertyNames());
		known.addAll(load("messages.properties").stringPropertyNames());
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/web"))) {
			for (Path template : templates.toList()) {
				Matcher matcher = KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add((matcher.group(1) != null) ? matcher.group(1) : matcher.group(2));
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(100);
		assertThat(known).containsAll(used);
	}

	/**
	 * A message with arguments goes through {@code MessageFormat}, where a lone
	 * apostrophe quotes what follows: "PPK's decision: {0}" showed "{0}" itself. Such
	 * messages write an apostrophe twice.
	 */
	@Test
	void doublesTheApostropheInEveryMessageWithArguments() throws IOException {
		java.util.regex.Pattern argument = java.util.regex.Pattern.compile("\\{\\d");
		java.util.regex.Pattern lone = java.util.regex.Pattern.compile("(?<!')'(?!')");
		for (String bundle : new String[] { "messages.properties", "messages_en.properties", "i18n/web.properties",
				"i18n/web_en.properties", "i18n/rules.properties", "i18n/rules_en.properties", "i18n/audit.properties",
				"i18n/audit_en.properties", "i18n/sso.properties", "i18n/sso_en.properties", "i18n/pledges.properties",
				"i18n/pledges_en.properties", "i18n/sheet.properties", "i18n/sheet_en.properties",
				"i18n/bulk.properties", "i18n/bulk_en.properties", "i18n/dashboard.properties",
				"i18n/dashboard_en.properties" }) {
			Properties texts = load(bundle);
			assertThat(texts.stringPropertyNames()).as(bundle)
				.filteredOn((key) -> argument.matcher(texts.getProperty(key)).find())
				.allSatisfy((key) -> assertThat(lone.matcher(texts.getProperty(key)).find())
					.as(key + " = " + texts.getProperty(key))
					.isFalse());
		}
	}

	/**
	 * One word for each concept on every page: "perkara" (never "kasus"), "ambil tugas"
	 * (never "klaim"); in English "take" a task.
	 */
	@Test
	void usesOneTermForEachConcept() throws IOException {
		for (String bundle : new String[] { "messages.properties", "i18n/web.properties", "i18n/rules.properties",
				"i18n/audit.properties" }) {
			Properties texts = load(bundle);
			assertThat(texts.stringPropertyNames()).as(bundle)
				.allSatisfy((key) -> assertThat(texts.getProperty(key).toLowerCase()).as(key)
					.doesNotContain("kasus")
					.doesNotContain("klaim"));
		}
		for (String bundle : new String[] { "messages_en.properties", "i18n/web_en.properties" }) {
			Properties texts = load(bundle);
			assertThat(texts.stringPropertyNames()).as(bundle)
				.allSatisfy((key) -> assertThat(texts.getProperty(key).toLowerCase()).as(key).doesNotContain("claim"));
		}
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
