package id.pantau.letters;

import java.util.List;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.intake.CaseView;
import id.pantau.investigation.InvestigationRecords;
import id.pantau.rules.RuleChangeLog;
import id.pantau.sanction.DecisionRecords;
import id.pantau.shared.ScanType;
import id.pantau.shared.ConflictException;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NotFoundException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters of cases: generates a document type as DOCX or PDF from the case's data and
 * the current template, keeping each as a document of the case; takes the signed scans
 * back; lists and hands out what was kept.
 */
@Service
@Transactional
public class CaseLetters {

	private final CaseDirectory cases;

	private final InvestigationRecords investigations;

	private final DecisionRecords decisions;

	private final LetterData data;

	private final LetterTemplates templates;

	private final LetterStore store;

	private final AccessPolicy policy;

	private final LetterProperties properties;

	private final RuleChangeLog ruleChanges;

	CaseLetters(CaseDirectory cases, InvestigationRecords investigations, DecisionRecords decisions, LetterData data,
			LetterTemplates templates, LetterStore store, AccessPolicy policy, LetterProperties properties,
			RuleChangeLog ruleChanges) {
		this.cases = cases;
		this.investigations = investigations;
		this.decisions = decisions;
		this.data = data;
		this.templates = templates;
		this.store = store;
		this.policy = policy;
		this.properties = properties;
		this.ruleChanges = ruleChanges;
	}

	/** The two formats a letter is handed out in. */
	public enum Format {

		PDF("application/pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

		private final String contentType;

		Format(String contentType) {
			this.contentType = contentType;
		}

		public String contentType() {
			return this.contentType;
		}

	}

	/** A document with its bytes. */
	public record Content(LetterDocument document, byte[] bytes) {
	}

	/**
	 * Generates the letter from the case's data, keeps it as a document of the case and
	 * answers it.
	 * @throws id.pantau.shared.AccessRefusedException (403) for another region's case or
	 * a user without the role of the letter's step
	 * @throws NotFoundException (404) for an unknown case
	 */
	public Content generate(PantauUser user, String caseNumber, LetterType type, Format format) {
		CaseSummary summary = this.cases.readableBy(user, caseNumber);
		this.policy.requireAnyRole(user, type.role());
		CaseView kase = this.cases.view(user, caseNumber);
		LetterData.Sources sources = new LetterData.Sources(kase, this.investigations.of(user, caseNumber),
				this.decisions.of(user, caseNumber));
		String form = LetterData.form(type, sources);
		LetterTemplates.Template template = this.templates.current(form, summary.region());
		XWPFDocument filled = DocxLetter.fill(template.content(), this.data.fields(type, sources, user));
		String name = type.slug() + "-" + caseNumber + "." + format.name().toLowerCase(java.util.Locale.ROOT);
		byte[] bytes = (format == Format.PDF) ? pdf(filled, name, summary.region()) : DocxLetter.bytes(filled);
		LetterDocument stored = this.store.store(origin(summary, type, "GENERATED", user),
				new LetterStore.TemplateUsed(form, template.region(), template.version()), name, format.contentType(),
				bytes);
		return new Content(stored, bytes);
	}

	/**
	 * Keeps the signed scan of a document type (PDF, JPEG or PNG).
	 * @throws InvalidInputException (400, field {@code file}) for an empty, too large or
	 * unsupported file
	 * @throws id.pantau.shared.AccessRefusedException (403) for another region's case or
	 * a user without the role of the document's step
	 */
	public LetterDocument uploadSigned(PantauUser user, String caseNumber, LetterType type, String fileName,
			byte[] content) {
		CaseSummary summary = this.cases.readableBy(user, caseNumber);
		this.policy.requireAnyRole(user, type.role());
		if (content.length == 0) {
			throw new InvalidInputException("file", "letter.signed.empty");
		}
		if (content.length > this.properties.maxScanSize().toBytes()) {
			throw new InvalidInputException("file", "letter.signed.too-large", this.properties.maxScanSize());
		}
		String contentType = ScanType.of(content)
			.orElseThrow(() -> new InvalidInputException("file", "letter.signed.unsupported"));
		String name = (fileName != null && !fileName.isBlank()) ? fileName : type.slug() + "-signed";
		return this.store.store(origin(summary, type, "SIGNED", user), LetterStore.TemplateUsed.NONE, name, contentType,
				content);
	}

	/**
	 * The case's letters and scans, newest first.
	 * @throws id.pantau.shared.AccessRefusedException (403) for another region's case
	 */
	@Transactional(readOnly = true)
	public List<LetterDocument> of(PantauUser user, String caseNumber) {
		this.cases.readableBy(user, caseNumber);
		return this.store.ofCase(caseNumber);
	}

	/**
	 * A kept document with its bytes.
	 * @throws NotFoundException (404) for a document not of this case
	 * @throws ConflictException (409) when its bytes no longer match its recorded hash
	 */
	@Transactional(readOnly = true)
	public Content document(PantauUser user, String caseNumber, long documentId) {
		this.cases.readableBy(user, caseNumber);
		if (!this.store.caseNumberOf(documentId).map(caseNumber::equals).orElse(false)) {
			throw new NotFoundException("letter.document.not-found", documentId);
		}
		LetterDocument document = this.store.find(documentId).orElseThrow();
		byte[] bytes = this.store.content(documentId);
		if (!LetterTemplates.Sha256.of(bytes).equals(document.sha256())) {
			throw new ConflictException("letter.document.changed", documentId);
		}
		return new Content(document, bytes);
	}

	/** The letter types the user may generate, in their order. */
	public List<LetterType> generatableBy(PantauUser user) {
		return java.util.Arrays.stream(LetterType.values()).filter((t) -> user.hasRole(t.role())).toList();
	}

	/**
	 * Stores a new template version of a form for a region ({@code *}: every region) and
	 * records the change with the other rule changes.
	 * @throws InvalidInputException (400, field {@code file}) for a file that is not a
	 * DOCX document or uses a placeholder the type does not know
	 */
	LetterTemplates.Version replaceTemplate(PantauUser admin, String form, String region, String fileName,
			byte[] content) {
		this.policy.requireAnyRole(admin, Groups.ADMIN);
		LetterType type = LetterType.ofForm(form)
			.orElseThrow(() -> new NotFoundException("letter.template.unknown-form", form));
		LetterTemplates.Version version = this.templates.upload(type, form, region, fileName, content,
				admin.username());
		this.ruleChanges.record("LETTER_TEMPLATE", "UPLOAD", String.valueOf(version.templateVersion()),
				form + " " + region + " sha256 " + version.sha256() + " " + fileName, admin.username());
		return version;
	}

	private byte[] pdf(XWPFDocument filled, String title, String region) {
		LetterProperties.Letterhead head = this.properties.regions().get(region);
		return PdfLetter.render(filled, title, (head != null) ? head.logo() : null);
	}

	private static LetterStore.Origin origin(CaseSummary summary, LetterType type, String kind, PantauUser user) {
		return new LetterStore.Origin(summary.id(), summary.number(), summary.region(), type, kind, user.username());
	}

}
