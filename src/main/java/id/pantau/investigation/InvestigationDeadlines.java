package id.pantau.investigation;

import java.util.List;
import java.util.Optional;

import id.pantau.calendar.DeadlineStart;

import org.springframework.stereotype.Component;

/**
 * The investigation's deadlines that count from a date on record: attendance and the
 * minutes from the hearing; the second summons from the day the first hearing should have
 * taken place (PP 94/2021 art. 31, its own rule {@code second-summons}); the report from
 * the examination, or after a second absence from the second hearing. The first summons
 * counts from the team's forming and a returned report from its return: the day their
 * tasks appear.
 */
@Component
class InvestigationDeadlines implements DeadlineStart {

	private final SummonsLetters summons;

	private final MinutesRecords minutes;

	private final ExaminationReports reports;

	InvestigationDeadlines(SummonsLetters summons, MinutesRecords minutes, ExaminationReports reports) {
		this.summons = summons;
		this.minutes = minutes;
		this.reports = reports;
	}

	@Override
	public Optional<Start> startOf(String step, long caseId) {
		return switch (step) {
			case "issue-summons" -> lastSummons(caseId).filter((s) -> Boolean.FALSE.equals(s.attended()))
				.map((s) -> Start.on(s.hearingAt().toLocalDate(), "second-summons"));
			case "record-attendance", "examine-employee" ->
				lastSummons(caseId).map((s) -> Start.on(s.hearingAt().toLocalDate()));
			case "write-report" -> reportStart(caseId);
			default -> Optional.empty();
		};
	}

	private Optional<Start> reportStart(long caseId) {
		boolean returned = this.reports.findFirstByCaseIdOrderByRevisionDesc(caseId)
			.map((r) -> r.reviewOutcome() == ExaminationReport.Review.RETURNED)
			.orElse(false);
		if (returned) {
			return Optional.empty();
		}
		List<ExaminationMinutes> examined = this.minutes.findByCaseIdOrderByExaminedOn(caseId);
		if (!examined.isEmpty()) {
			return Optional.of(Start.on(examined.get(examined.size() - 1).examinedOn()));
		}
		return lastSummons(caseId).map((s) -> Start.on(s.hearingAt().toLocalDate()));
	}

	private Optional<Summons> lastSummons(long caseId) {
		return this.summons.findFirstByCaseIdOrderByRoundDesc(caseId);
	}

}
