package id.pantau.sanction;

import java.time.LocalDate;
import java.util.List;

import id.pantau.rules.Recommendation;
import id.pantau.shared.Sanction;

/** Notice, decision, appeals and follow-up of a case, as far as they exist. */
public record DecisionView(Notice notProvenNotice, Recommendation recommendation, Decision decision,
		List<AppealView> appeals, FollowUp followUp) {

	public record Notice(String noticeNumber, LocalDate signedOn, String signedBy) {
		static Notice of(NotProvenNotice n) {
			return new Notice(n.noticeNumber(), n.signedOn(), n.signedBy());
		}
	}

	public record Decision(String draftNumber, Sanction proposedSanction, Sanction recommendedSanction,
			String draftedBy, DecisionOutcome outcome, Sanction finalSanction, String reason, String decreeNumber,
			LocalDate decidedOn, String decidedBy, Boolean deviatedFromReport, Boolean recommendationFollowed,
			String deviationReason, String recommendationNote, LocalDate deliveredOn, DeliveryMethod deliveryMethod,
			Acceptance acceptance) {
		static Decision of(SanctionDecision d, String recommendationNote) {
			Acceptance acceptance = (d.acceptedOn() != null)
					? new Acceptance(d.acceptedOn(), d.acceptanceNote(), d.acceptanceFileId(), d.acceptanceRecordedBy())
					: null;
			return new Decision(d.draftNumber(), d.proposedSanction(), d.recommendedSanction(), d.draftedBy(),
					d.outcome(), d.finalSanction(), d.reason(), d.decreeNumber(), d.decidedOn(), d.decidedBy(),
					d.deviated(), d.recommendationFollowed(), d.deviationReason(), recommendationNote, d.deliveredOn(),
					d.deliveryMethod(), acceptance);
		}
	}

	/**
	 * The employee's written statement accepting the decision without appeal.
	 *
	 * @param acceptedOn the statement's date
	 * @param note what HR noted
	 * @param statementFileId the scanned statement among the case's files, if uploaded
	 * @param recordedBy who recorded it
	 */
	public record Acceptance(LocalDate acceptedOn, String note, Long statementFileId, String recordedBy) {
	}

	public record AppealView(AppealType type, LocalDate filedOn, String grounds, String recordedBy,
			AppealOutcome outcome, Sanction resultingSanction, String reason, String decidedBy) {
		static AppealView of(Appeal a) {
			return new AppealView(a.appealType(), a.filedOn(), a.grounds(), a.recordedBy(), a.outcome(),
					a.resultingSanction(), a.reason(), a.decidedBy());
		}
	}

	public record FollowUp(String letterNumber, LocalDate reportedOn, String note, String reportedBy) {
		static FollowUp of(FollowUpReport f) {
			return new FollowUp(f.letterNumber(), f.reportedOn(), f.note(), f.reportedBy());
		}
	}

}
