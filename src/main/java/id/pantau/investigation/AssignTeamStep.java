package id.pantau.investigation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pantau.identity.PantauUser;
import id.pantau.identity.UserDirectory;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import id.pantau.shared.StepContext;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

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
		super(Tasks.ASSIGN_TEAM, Payload.class);
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
		Set<String> members = new LinkedHashSet<>(payload.members());
		if (members.size() != payload.members().size()) {
			throw new InvalidInputException("members", "team.duplicate-member");
		}
		for (int i = 0; i < payload.members().size(); i++) {
			checkMember("members[" + i + "]", payload.members().get(i), reported);
		}
		if (payload.examinationBoard() && !StringUtils.hasText(payload.superiorName())) {
			throw new InvalidInputException("superiorName", "team.superior.required");
		}
		members.forEach((m) -> this.team.save(new TeamMember(context.caseId(), m, payload.examinationBoard(),
				payload.superiorName(), context.username(), BusinessTime.now())));
		return Map.of(Variables.TEAM_MEMBERS, String.join(",", members));
	}

	private void checkMember(String field, String username, CaseSummary reported) {
		PantauUser member = this.users.find(username)
			.orElseThrow(() -> new InvalidInputException(field, "team.member.unknown", username));
		if (!member.hasRole(Groups.INSPECTOR) || !member.inRegion(reported.region())) {
			throw new InvalidInputException(field, "team.member.not-inspector", username, reported.region());
		}
		if (reported.employeeNip().equals(member.nip())) {
			throw new InvalidInputException(field, "team.member.reported", username);
		}
	}

}
