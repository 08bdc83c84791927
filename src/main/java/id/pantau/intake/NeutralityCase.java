package id.pantau.intake;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import id.pantau.shared.ConflictException;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.Sanction;
import id.pantau.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.util.StringUtils;

/** A reported neutrality violation on its route, from registration to closure. */
@Entity
@Table(name = "neutrality_case")
class NeutralityCase {

	/** The length of the column {@code reference_key}. */
	static final int REFERENCE_KEY_LENGTH = 120;

	private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d";

	private static final String SLASHES = "\u2044\u2215\u29f8\uff0f";

	private static final Pattern SPACES_AROUND_SEPARATOR = Pattern.compile(" ?([/.\\-]) ?");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String caseNumber;

	private String regionCode;

	@Enumerated(EnumType.STRING)
	private CaseSource source;

	private String referenceNumber;

	private String referenceKey;

	private LocalDate referenceDate;

	private LocalDate receivedOn;

	private Instant registeredAt;

	private String registeredBy;

	@Enumerated(EnumType.STRING)
	private ElectionType electionType;

	private int electionYear;

	@Enumerated(EnumType.STRING)
	private ElectionStage electionStage;

	private String description;

	@Enumerated(EnumType.STRING)
	private Sanction sourceRecommendation;

	private String reporterName;

	private String reporterContact;

	@Embedded
	private ReportedEmployee employee;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "alleged_act", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "violation_code")
	@Enumerated(EnumType.STRING)
	private Set<Violation> allegedActs = EnumSet.noneOf(Violation.class);

	@Enumerated(EnumType.STRING)
	private VerificationOutcome verificationOutcome;

	private String verificationNote;

	private String forwardedTo;

	private String missingItems;

	private String verifiedBy;

	private Instant verifiedAt;

	private LocalDate completionReceivedOn;

	private String completionNote;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	@Enumerated(EnumType.STRING)
	private ClosureReason closureReason;

	private Instant closedAt;

	@Version
	private long version;

	protected NeutralityCase() {
	}

	NeutralityCase(String caseNumber, String regionCode, Registration registration, String registeredBy,
			Instant registeredAt) {
		this.caseNumber = caseNumber;
		this.regionCode = regionCode;
		this.source = registration.source();
		this.referenceNumber = registration.referenceNumber().strip();
		this.referenceKey = referenceKey(registration.referenceNumber());
		this.referenceDate = registration.referenceDate();
		this.receivedOn = registration.receivedOn();
		this.electionType = registration.electionType();
		this.electionYear = registration.electionYear();
		this.electionStage = registration.electionStage();
		this.description = registration.description();
		this.sourceRecommendation = registration.sourceRecommendation();
		this.reporterName = registration.reporterName();
		this.reporterContact = registration.reporterContact();
		this.employee = registration.employee();
		this.allegedActs = EnumSet.copyOf(registration.allegedActs());
		this.registeredBy = registeredBy;
		this.registeredAt = registeredAt;
		this.status = CaseStatus.OPEN;
	}

	/**
	 * The key that makes two spellings of one letter number the same reference
	 * (docs/domain-rules.md): Unicode NFKC (full-width forms, other kinds of space),
	 * invisible format characters removed, dashes and slashes unified, spaces collapsed
	 * and removed around {@code / - .}, upper case.
	 */
	static String referenceKey(String referenceNumber) {
		StringBuilder text = new StringBuilder();
		Normalizer.normalize(referenceNumber, Normalizer.Form.NFKC).codePoints().forEach((c) -> {
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				text.append(' ');
			}
			else if (DASHES.indexOf(c) >= 0) {
				text.append('-');
			}
			else if (SLASHES.indexOf(c) >= 0) {
				text.append('/');
			}
			else if (Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.CONTROL) {
				text.appendCodePoint(c);
			}
		});
		return SPACES_AROUND_SEPARATOR.matcher(text.toString().strip().replaceAll(" {2,}", " "))
			.replaceAll("$1")
			.toUpperCase(Locale.ROOT);
	}

	/**
	 * Intake's verification of the report: a report outside the region's authority names
	 * where it was forwarded, an incomplete one names what is missing.
	 */
	void recordVerification(Verification verification, String username, Instant at) {
		if (verification.outcome() == VerificationOutcome.NOT_OUR_AUTHORITY
				&& !StringUtils.hasText(verification.forwardedTo())) {
			throw new InvalidInputException("forwardedTo", "verify.forwarded-to.required");
		}
		if (verification.outcome() == VerificationOutcome.INCOMPLETE
				&& !StringUtils.hasText(verification.missingItems())) {
			throw new InvalidInputException("missingItems", "verify.missing-items.required");
		}
		requireOpen();
		this.verificationOutcome = verification.outcome();
		this.verificationNote = verification.note();
		this.forwardedTo = verification.forwardedTo();
		this.missingItems = verification.missingItems();
		this.verifiedBy = username;
		this.verifiedAt = at;
	}

	/**
	 * The missing documents arrived, on a day between the report's receipt and the
	 * region's today.
	 */
	void recordCompletion(LocalDate receivedOn, String note, LocalDate today) {
		if (receivedOn.isBefore(this.receivedOn) || receivedOn.isAfter(today)) {
			throw new InvalidInputException("receivedOn", "date.not-before-registration", this.receivedOn);
		}
		requireOpen();
		this.completionReceivedOn = receivedOn;
		this.completionNote = note;
	}

	void close(ClosureReason reason, Instant at) {
		requireOpen();
		this.status = CaseStatus.CLOSED;
		this.closureReason = reason;
		this.closedAt = at;
	}

	private void requireOpen() {
		if (this.status != CaseStatus.OPEN) {
			throw new ConflictException("case.closed", this.caseNumber);
		}
	}

	CaseSummary summary() {
		return new CaseSummary(this.id, this.caseNumber, this.regionCode, this.status.name(), this.employee.nip(),
				this.employee.name(), this.employee.employmentType(), this.employee.position(), this.employee.unit(),
				this.electionStage.name(), Set.copyOf(this.allegedActs), this.receivedOn, this.registeredAt,
				this.sourceRecommendation);
	}

	Long id() {
		return this.id;
	}

	String caseNumber() {
		return this.caseNumber;
	}

	String regionCode() {
		return this.regionCode;
	}

	CaseSource source() {
		return this.source;
	}

	String referenceNumber() {
		return this.referenceNumber;
	}

	LocalDate referenceDate() {
		return this.referenceDate;
	}

	LocalDate receivedOn() {
		return this.receivedOn;
	}

	/** When the missing documents arrived, if the case was incomplete. */
	LocalDate completionReceivedOn() {
		return this.completionReceivedOn;
	}

	Instant registeredAt() {
		return this.registeredAt;
	}

	String registeredBy() {
		return this.registeredBy;
	}

	ElectionType electionType() {
		return this.electionType;
	}

	int electionYear() {
		return this.electionYear;
	}

	ElectionStage electionStage() {
		return this.electionStage;
	}

	String description() {
		return this.description;
	}

	Sanction sourceRecommendation() {
		return this.sourceRecommendation;
	}

	String reporterName() {
		return this.reporterName;
	}

	String reporterContact() {
		return this.reporterContact;
	}

	ReportedEmployee employee() {
		return this.employee;
	}

	Set<Violation> allegedActs() {
		return Set.copyOf(this.allegedActs);
	}

	VerificationOutcome verificationOutcome() {
		return this.verificationOutcome;
	}

	String verificationNote() {
		return this.verificationNote;
	}

	String forwardedTo() {
		return this.forwardedTo;
	}

	String missingItems() {
		return this.missingItems;
	}

	CaseStatus status() {
		return this.status;
	}

	ClosureReason closureReason() {
		return this.closureReason;
	}

	Instant closedAt() {
		return this.closedAt;
	}

}
