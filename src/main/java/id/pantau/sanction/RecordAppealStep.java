package id.pantau.sanction;

import java.time.LocalDate;
import java.util.Map;

import id.pantau.documents.CaseDocuments;
import id.pantau.calendar.Deadlines;
import id.pantau.identity.RegionTime;
import id.pantau.shared.ConflictException;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.MultiLine;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import id.pantau.shared.StepContext;
import id.pantau.shared.RouteStage;
import id.pantau.shared.StepDefinition;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * HR records, within the window, either an appeal (an objection against any decision but
 * a dismissal, an administrative appeal to BPASN against a dismissal) or the employee's
 * written statement that he accepts the decision without appeal, which closes the window
 * early.
 */
@Component
class RecordAppealStep extends StepSupport<RecordAppealStep.Payload> {

	private static final String REQUIRED = "jakarta.validation.constraints.NotNull.message";

	private final SanctionDecisions decisions;

	private final Appeals appeals;

	private final Deadlines deadlines;

	private final RegionTime regionTime;

	private final CaseDocuments documents;

	RecordAppealStep(SanctionDecisions decisions, Appeals appeals, Deadlines deadlines, RegionTime regionTime,
			CaseDocuments documents) {
		super(StepDefinition.of(Tasks.RECORD_APPEAL, Groups.HR, RouteStage.APPEAL, 14, Payload.class)
			.summarisedBy("choice"));
		this.decisions = decisions;
		this.appeals = appeals;
		this.deadlines = deadlines;
		this.regionTime = regionTime;
		this.documents = documents;
	}

	/**
	 * An appeal ({@code choice} APPEAL_FILED, the default): {@code type},
	 * {@code filedOn}, {@code grounds}. An acceptance (ACCEPTED_WITHOUT_APPEAL):
	 * {@code acceptedOn}, {@code note}, optionally {@code statementFileId}, a document of
	 * the case.
	 */
	record Payload(AppealChoice choice, AppealType type, LocalDate filedOn, @Size(max = 4000) @MultiLine String grounds,
			LocalDate acceptedOn, @Size(max = 2000) @MultiLine String note, Long statementFileId) {

		AppealChoice chosen() {
			return (this.choice != null) ? this.choice : AppealChoice.APPEAL_FILED;
		}

	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		SanctionDecision decision = this.decisions.findByCaseId(context.caseId())
			.filter((d) -> d.deliveredOn() != null)
			.orElseThrow(() -> new ConflictException("appeal.no-decision"));
		return (payload.chosen() == AppealChoice.ACCEPTED_WITHOUT_APPEAL) ? accept(context, payload, decision)
				: appeal(context, payload, decision);
	}

	private Map<String, Object> appeal(StepContext context, Payload payload, SanctionDecision decision) {
		require("type", payload.type());
		require("filedOn", payload.filedOn());
		require("grounds", StringUtils.hasText(payload.grounds()) ? payload.grounds() : null);
		this.appeals.save(Appeal.file(decision, payload.type(), payload.filedOn(), payload.grounds(),
				context.username(), window(decision, context)));
		return Map.of(Variables.APPEAL_FILED, true, Variables.APPEAL_TYPE, payload.type().name());
	}

	private Map<String, Object> accept(StepContext context, Payload payload, SanctionDecision decision) {
		require("acceptedOn", payload.acceptedOn());
		require("note", StringUtils.hasText(payload.note()) ? payload.note() : null);
		boolean statementOnRecord = payload.statementFileId() != null
				&& this.documents.hasDocument(context.caseNumber(), payload.statementFileId());
		decision.recordAcceptance(payload.acceptedOn(), payload.note(), payload.statementFileId(), statementOnRecord,
				context.username(), window(decision, context));
		return Map.of(Variables.APPEAL_FILED, false);
	}

	/**
	 * The window as its due date and timer show it: counted from the delivery on record.
	 */
	private AppealWindow window(SanctionDecision decision, StepContext context) {
		return new AppealWindow(decision.deliveredOn(),
				this.deadlines.lastDay(definition().deadline(), context.caseId(), context.region()),
				this.regionTime.today(context.region()));
	}

	private static void require(String field, Object value) {
		if (value == null) {
			throw new InvalidInputException(field, REQUIRED);
		}
	}

}
