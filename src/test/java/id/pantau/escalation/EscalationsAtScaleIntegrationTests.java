package id.pantau.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.pantau.identity.PantauUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region's escalations reach its people however many other regions have: the lists are
 * chosen by role and region in the database, not cut at the newest 500 nationwide and
 * filtered afterwards.
 */
@SpringBootTest
@ActiveProfiles({ "local", "test" })
class EscalationsAtScaleIntegrationTests {

	@Autowired
	SentNotifications sent;

	@Autowired
	Notifications notifications;

	@Test
	void listsARegionsEscalationsBehindSixHundredNewerOnesOfOtherRegions() {
		Instant old = Instant.parse("2025-01-06T02:00:00Z");
		this.sent.save(escalation("BLL-2025-00001", "buleleng", "ppk", old));
		this.sent.save(escalation("BLL-2025-00002", "buleleng", "admin", old));
		List<SentNotification> elsewhere = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			Instant later = old.plusSeconds(60L * (i + 1));
			elsewhere.add(escalation("PROB-2025-%05d".formatted(i), "probolinggo", "ppk", later));
			elsewhere.add(escalation("PROB-2025-%05d".formatted(i), "probolinggo", "admin", later));
		}
		this.sent.saveAll(elsewhere);
		PantauUser ppk = new PantauUser("ppk-bll", "PPK Buleleng", Set.of("ppk"), Set.of("buleleng"), null);
		PantauUser admin = new PantauUser("admin-bll", "Admin Buleleng", Set.of("admin"), Set.of("buleleng"), null);

		assertThat(this.notifications.escalationsFor(ppk, false)).extracting(Notification::caseNumber)
			.containsExactly("BLL-2025-00001");
		assertThat(this.notifications.ppkOverdue(admin)).extracting(Notification::caseNumber)
			.containsExactly("BLL-2025-00002");
	}

	private static SentNotification escalation(String caseNumber, String region, String role, Instant at) {
		return new SentNotification(new Notification(caseNumber, region, role, TaskEscalation.ESCALATION,
				"Task_DecideSanction", "task-" + caseNumber + "-" + role, at.minusSeconds(86400), at));
	}

}
