package id.pantau.investigation;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import id.pantau.identity.PantauUser;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;

import org.springframework.util.StringUtils;

/**
 * The team the Inspektur appoints to examine a reported employee: inspectors of the
 * case's region, each named once, none of them the reported employee; an examination
 * board (for a case that may end in a severe sanction) names the employee's direct
 * superior.
 *
 * @param members the inspectors' usernames, in the order given
 * @param examinationBoard whether the team is an examination board
 * @param superiorName the employee's direct superior on a board
 */
record ExaminationTeam(List<String> members, boolean examinationBoard, String superiorName) {

	/**
	 * Appoints the team.
	 * @param region the case's region
	 * @param reportedNip the reported employee's NIP
	 * @param directory looks a person up by username
	 * @throws InvalidInputException on the field at fault ({@code members[i]},
	 * {@code superiorName})
	 */
	static ExaminationTeam appoint(List<String> usernames, boolean examinationBoard, String superiorName, String region,
			String reportedNip, Function<String, Optional<PantauUser>> directory) {
		Set<String> members = new LinkedHashSet<>(usernames);
		if (members.size() != usernames.size()) {
			throw new InvalidInputException("members", "team.duplicate-member");
		}
		for (int i = 0; i < usernames.size(); i++) {
			String field = "members[" + i + "]";
			String username = usernames.get(i);
			PantauUser member = directory.apply(username)
				.orElseThrow(() -> new InvalidInputException(field, "team.member.unknown", username));
			if (!member.hasRole(Groups.INSPECTOR) || !member.inRegion(region)) {
				throw new InvalidInputException(field, "team.member.not-inspector", username, region);
			}
			if (reportedNip.equals(member.nip())) {
				throw new InvalidInputException(field, "team.member.reported", username);
			}
		}
		if (examinationBoard && !StringUtils.hasText(superiorName)) {
			throw new InvalidInputException("superiorName", "team.superior.required");
		}
		return new ExaminationTeam(List.copyOf(members), examinationBoard, superiorName);
	}

	/** The team's members as recorded on the case. */
	List<TeamMember> membersOf(long caseId, String appointedBy, Instant at) {
		return this.members.stream()
			.map((member) -> new TeamMember(caseId, member, this.examinationBoard, this.superiorName, appointedBy, at))
			.toList();
	}

}
