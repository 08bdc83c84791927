package id.pantau.bulkintake;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import id.pantau.identity.PantauUser;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseRegistration;
import id.pantau.intake.CaseSummary;
import id.pantau.intake.RegisterCaseRequest;
import id.pantau.shared.AccessRefusedException;
import id.pantau.shared.ConflictException;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.PantauException;
import id.pantau.shared.Sheet;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Registers one row of a list as a single registration would be: the same validation and
 * {@link CaseRegistration#register}, in its own transaction, as the uploader. A row whose
 * source and reference number are registered already answers unchanged when the case is
 * of the same employee, and is refused otherwise; a row repeating an earlier row of the
 * same list is refused, naming that row.
 */
@Component
class RowRegistration {

	private static final Logger log = LoggerFactory.getLogger(RowRegistration.class);

	private final CaseRegistration registration;

	private final CaseDirectory directory;

	private final Validator validator;

	private final ListChoices choices;

	RowRegistration(CaseRegistration registration, CaseDirectory directory, Validator validator, ListChoices choices) {
		this.registration = registration;
		this.directory = directory;
		this.validator = validator;
		this.choices = choices;
	}

	/**
	 * One list being registered: its region and uploader, where its columns are, and the
	 * first row that named each case.
	 */
	record Batch(String region, PantauUser user, Map<Column, Integer> columns, List<String> header,
			Map<String, Integer> firstRowOfCase) {
	}

	ImportRecords.RowResult register(Batch batch, List<String> cells, int number) {
		ListRow row = new ListRow(cells, batch.columns(), this.choices);
		try {
			RegisterCaseRequest request = row.toRequest(batch.region());
			Set<ConstraintViolation<RegisterCaseRequest>> violations = this.validator.validate(request);
			if (!violations.isEmpty()) {
				return invalid(batch, row, number, violations);
			}
			CaseSummary created = this.registration.register(request, batch.user());
			batch.firstRowOfCase().put(created.number(), number);
			return answered(row, number, Outcome.ACCEPTED, created.number(), "bulk.row.accepted");
		}
		catch (ConflictException ex) {
			return conflict(batch, row, number, ex);
		}
		catch (InvalidInputException | AccessRefusedException ex) {
			String field = (ex instanceof InvalidInputException invalid) ? invalid.field() : "region";
			return refused(batch, row, number, null, field, ex);
		}
		catch (RuntimeException ex) {
			log.warn("Row {} of a list for {} failed: {}", number, batch.region(), ex.toString(), ex);
			return refused(batch, row, number, null, null, "bulk.row.failed", List.of());
		}
	}

	private ImportRecords.RowResult conflict(Batch batch, ListRow row, int number, ConflictException ex) {
		Object existing = ex.properties().get("existingCaseNumber");
		if (existing == null) {
			return refused(batch, row, number, null, null, ex);
		}
		String caseNumber = existing.toString();
		Integer first = batch.firstRowOfCase().get(caseNumber);
		if (first != null) {
			return refused(batch, row, number, caseNumber, Column.REFERENCE_NUMBER.field(),
					"bulk.row.duplicate-in-file", List.of(String.valueOf(first), caseNumber));
		}
		String nip = this.directory.findByNumber(caseNumber).map(CaseSummary::employeeNip).orElse(null);
		if (Objects.equals(nip, row.text(Column.NIP).replace(" ", ""))) {
			batch.firstRowOfCase().put(caseNumber, number);
			return answered(row, number, Outcome.UNCHANGED, caseNumber, "bulk.row.unchanged");
		}
		return refused(batch, row, number, caseNumber, Column.REFERENCE_NUMBER.field(), ex);
	}

	/** The first violated field, in the order the API lists them. */
	private ImportRecords.RowResult invalid(Batch batch, ListRow row, int number,
			Set<ConstraintViolation<RegisterCaseRequest>> violations) {
		ConstraintViolation<RegisterCaseRequest> first = violations.stream()
			.min(Comparator.comparing((ConstraintViolation<RegisterCaseRequest> v) -> v.getPropertyPath().toString()))
			.orElseThrow();
		String field = first.getPropertyPath().toString().replaceAll("\\[\\d*]", "").replace(".<iterable element>", "");
		Object annotation = first.getConstraintDescriptor().getAnnotation();
		Map<String, Object> attributes = first.getConstraintDescriptor().getAttributes();
		if (annotation instanceof Size) {
			return refused(batch, row, number, null, field, "bulk.row.too-long",
					List.of(String.valueOf(attributes.get("max"))));
		}
		if (annotation instanceof Min || annotation instanceof Max) {
			return refused(batch, row, number, null, field, "bulk.row.out-of-range",
					List.of(String.valueOf(attributes.get("value"))));
		}
		if (first.getInvalidValue() == null || first.getInvalidValue().toString().isBlank()
				|| first.getInvalidValue() instanceof java.util.Collection<?> empty && empty.isEmpty()) {
			return refused(batch, row, number, null, field, "bulk.row.empty", List.of());
		}
		return refused(batch, row, number, null, field, "bulk.row.invalid", List.of(first.getMessage()));
	}

	private static ImportRecords.RowResult answered(ListRow row, int number, Outcome outcome, String caseNumber,
			String reason) {
		return new ImportRecords.RowResult(number, row.text(Column.REFERENCE_NUMBER), row.text(Column.NIP),
				row.text(Column.NAME), outcome, caseNumber, null, null, reason, List.of(caseNumber));
	}

	private static ImportRecords.RowResult refused(Batch batch, ListRow row, int number, String caseNumber,
			String field, PantauException ex) {
		return refused(batch, row, number, caseNumber, field, ex.messageKey(),
				Arrays.stream(ex.args()).map(String::valueOf).toList());
	}

	private static ImportRecords.RowResult refused(Batch batch, ListRow row, int number, String caseNumber,
			String field, String reason, List<String> args) {
		Column column = Column.ofField(field);
		Integer at = (column != null) ? batch.columns().get(column) : null;
		String header = (at != null) ? Sheet.cell(batch.header(), at) : null;
		return new ImportRecords.RowResult(number, row.text(Column.REFERENCE_NUMBER), row.text(Column.NIP),
				row.text(Column.NAME), Outcome.REFUSED, caseNumber, field, header, reason, args);
	}

}
