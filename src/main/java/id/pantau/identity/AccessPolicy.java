package id.pantau.identity;

import java.util.Arrays;
import java.util.Collection;

import id.pantau.shared.AccessRefusedException;
import id.pantau.shared.NeutralityCaseProcess.Groups;

import org.springframework.stereotype.Component;

/**
 * The authorization rules of Pantau, in one place: role, region and assignment. Every
 * check throws {@link AccessRefusedException} (403) with a message saying what is
 * missing.
 */
@Component
public class AccessPolicy {

	/** Requires one of the roles. */
	public void requireAnyRole(PantauUser user, String... roles) {
		if (Arrays.stream(roles).noneMatch(user::hasRole)) {
			throw new AccessRefusedException("access.role", String.join(", ", roles));
		}
	}

	/** Requires the case's region to be one of the caller's regions. */
	public void requireRegion(PantauUser user, String region) {
		if (!user.inRegion(region)) {
			throw new AccessRefusedException("access.region", region);
		}
	}

	/**
	 * Requires that the caller may take the task: its region, one of its candidate
	 * groups, and, where the task names candidate users (the examination team), one of
	 * them.
	 */
	public void requireMayClaim(PantauUser user, String region, Collection<String> candidateGroups,
			Collection<String> candidateUsers) {
		requireRegion(user, region);
		if (candidateGroups.stream().noneMatch(user::hasRole)) {
			throw new AccessRefusedException("access.task-group", String.join(", ", candidateGroups));
		}
		if (!candidateUsers.isEmpty() && !candidateUsers.contains(user.username())) {
			throw new AccessRefusedException("access.task-team");
		}
	}

	/** Requires the task to be assigned to the caller. */
	public void requireAssignee(PantauUser user, String region, String assignee) {
		requireRegion(user, region);
		if (!user.username().equals(assignee)) {
			throw new AccessRefusedException("access.not-assignee");
		}
	}

	/** Whether the caller may read the confidential reporter of a case. */
	public boolean mayReadReporter(PantauUser user) {
		return user.hasRole(Groups.INTAKE) || user.hasRole(Groups.AUDITOR);
	}

}
