package id.pantau.investigation;

import java.util.List;
import java.util.Map;

import id.pantau.identity.UserDirectory;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import id.pantau.shared.StepContext;
import id.pantau.shared.RouteStage;
import id.pantau.shared.StepDefinition;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/**
 * The Inspektur forms the examination team: inspectors of the case's region, none of them
 * the reported employee; a tim pemeriksa for a possible moderate or severe sanction names
 * the employee's superior too.
 */
@Component
class AssignTeamStep extends StepSupport<AssignTeamStep.Payload> {

	private final TeamMembers team;

	private final UserDirectory users;

	private final CaseDirectory cases;

	AssignTeamStep(TeamMembers team, UserDirectory users, CaseDirectory cases) {
		super(StepDefinition.of(Tasks.ASSIGN_TEAM, Groups.CHIEF_INSPECTOR, RouteStage.EXAMINATION, 5, Payload.class)
			.summarisedBy("members"));
		this.team = team;
		this.users = users;
		this.cases = cases;
	}

	record Payload(@NotEmpty @Size(max = 7) List<@NotBlank String> members, boolean examinationBoard,
			@Size(max = 160) String superiorName) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		CaseSummary reported = this.cases.find(context.caseId()).orElseThrow();
		ExaminationTeam team = ExaminationTeam.appoint(payload.members(), payload.examinationBoard(),
				payload.superiorName(), reported.region(), reported.employeeNip(), this.users::find);
		this.team.saveAll(team.membersOf(context.caseId(), context.username(), BusinessTime.now()));
		return Map.of(Variables.TEAM_MEMBERS, String.join(",", team.members()));
	}

}
