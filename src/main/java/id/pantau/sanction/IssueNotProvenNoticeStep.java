package id.pantau.sanction;

import java.time.LocalDate;
import java.util.Map;

import id.pantau.identity.RegionTime;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.StepContext;
import id.pantau.shared.RouteStage;
import id.pantau.shared.StepDefinition;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/** The PPK signs the notice closing a case that was not proven. */
@Component
class IssueNotProvenNoticeStep extends StepSupport<IssueNotProvenNoticeStep.Payload> {

	private final NotProvenNotices notices;

	private final RegionTime regionTime;

	IssueNotProvenNoticeStep(NotProvenNotices notices, RegionTime regionTime) {
		super(StepDefinition.of(Tasks.ISSUE_NOT_PROVEN_NOTICE, Groups.PPK, RouteStage.DECISION, 5, Payload.class)
			.summarisedBy("noticeNumber"));
		this.notices = notices;
		this.regionTime = regionTime;
	}

	record Payload(@NotBlank @Size(max = 120) String noticeNumber, @NotNull LocalDate signedOn) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		this.notices.save(NotProvenNotice.issue(context.caseId(), payload.noticeNumber(), payload.signedOn(),
				context.username(), this.regionTime.today(context.region())));
		return Map.of();
	}

}
