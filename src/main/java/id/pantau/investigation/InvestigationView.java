package id.pantau.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import id.pantau.rules.FactorProposal;
import id.pantau.rules.Recommendation;
import id.pantau.shared.Sanction;
import id.pantau.shared.Violation;

/**
 * The investigation record of a case: team, summons, minutes, every report revision and
 * the sanction table's recommendation recorded with the last proven report.
 */
public record InvestigationView(List<Member> team, List<SummonsView> summons, List<MinutesView> minutes,
		List<ReportView> reports, Recommendation recommendation, List<FactorProposal> aggravationProposals) {

	public record Member(String username, boolean examinationBoard, String superiorName, String assignedBy,
			Instant assignedAt) {
		static Member of(TeamMember m) {
			return new Member(m.username(), m.examinationBoard(), m.superiorName(), m.assignedBy(), m.assignedAt());
		}
	}

	public record SummonsView(int round, String letterNumber, LocalDate issuedOn, LocalDateTime hearingAt, String place,
			String issuedBy, Boolean attended, String attendanceNote) {
		static SummonsView of(Summons s) {
			return new SummonsView(s.round(), s.letterNumber(), s.issuedOn(), s.hearingAt(), s.place(), s.issuedBy(),
					s.attended(), s.attendanceNote());
		}
	}

	public record MinutesView(LocalDate examinedOn, String summary, boolean signedByEmployee, String refusalNote,
			String recordedBy) {
		static MinutesView of(ExaminationMinutes m) {
			return new MinutesView(m.examinedOn(), m.summary(), m.signedByEmployee(), m.refusalNote(), m.recordedBy());
		}
	}

	public record ReportView(int revision, boolean proven, boolean evidenceOnly, Set<Violation> actsProven,
			String findings, String legalBasis, Sanction recommendedSanction, String writtenBy, Instant writtenAt,
			String reviewOutcome, String reviewRemarks, String reviewedBy) {
		static ReportView of(ExaminationReport r) {
			return new ReportView(r.revision(), r.proven(), r.evidenceOnly(), r.actsProven(), r.findings(),
					r.legalBasis(), r.recommendedSanction(), r.writtenBy(), r.writtenAt(),
					(r.reviewOutcome() != null) ? r.reviewOutcome().name() : null, r.reviewRemarks(), r.reviewedBy());
		}
	}

}
