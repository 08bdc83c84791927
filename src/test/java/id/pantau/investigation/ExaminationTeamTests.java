package id.pantau.investigation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.pantau.identity.PantauUser;
import org.junit.jupiter.api.Test;

import static id.pantau.investigation.SummonsTests.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Appointing an examination team, without Spring. */
class ExaminationTeamTests {

	static final String REPORTED_NIP = "198501012010011001";

	static final Map<String, PantauUser> PEOPLE = Map.of("ani",
			new PantauUser("ani", "Ani", Set.of("inspector"), Set.of("probolinggo"), "197001012000012001"), "budi",
			new PantauUser("budi", "Budi", Set.of("inspector"), Set.of("probolinggo"), "197101012000011002"), "citra",
			new PantauUser("citra", "Citra", Set.of("inspector"), Set.of("pamekasan"), "197201012000012003"), "dedi",
			new PantauUser("dedi", "Dedi", Set.of("hr"), Set.of("probolinggo"), "197301012000011004"), "eko",
			new PantauUser("eko", "Eko", Set.of("inspector"), Set.of("probolinggo"), REPORTED_NIP));

	@Test
	void appointsInspectorsOfTheRegionInTheOrderGiven() {
		ExaminationTeam team = appoint(List.of("budi", "ani"), false, null);

		assertThat(team.members()).containsExactly("budi", "ani");
		assertThat(team.membersOf(7, "chief-prob", Instant.EPOCH)).hasSize(2);
	}

	@Test
	void refusesAMemberTwiceAnUnknownPersonAnotherRegionsOrRolesPersonAndTheReportedEmployee() {
		assertRefused("members", "team.duplicate-member", () -> appoint(List.of("ani", "ani"), false, null));
		assertRefused("members[1]", "team.member.unknown", () -> appoint(List.of("ani", "nobody"), false, null));
		assertRefused("members[0]", "team.member.not-inspector", () -> appoint(List.of("citra"), false, null));
		assertRefused("members[0]", "team.member.not-inspector", () -> appoint(List.of("dedi"), false, null));
		assertRefused("members[1]", "team.member.reported", () -> appoint(List.of("ani", "eko"), false, null));
	}

	@Test
	void wantsTheEmployeesSuperiorOnAnExaminationBoard() {
		assertRefused("superiorName", "team.superior.required", () -> appoint(List.of("ani"), true, " "));
		assertThat(appoint(List.of("ani"), true, "Kepala Dinas").superiorName()).isEqualTo("Kepala Dinas");
	}

	private static ExaminationTeam appoint(List<String> members, boolean board, String superior) {
		return ExaminationTeam.appoint(members, board, superior, "probolinggo", REPORTED_NIP,
				(username) -> Optional.ofNullable(PEOPLE.get(username)));
	}

}
