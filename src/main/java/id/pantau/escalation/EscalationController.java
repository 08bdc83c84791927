package id.pantau.escalation;

import java.util.List;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The escalations addressed to the caller's roles in his regions, and the PPK overdue
 * list.
 */
@RestController
@Tag(name = "Escalations")
class EscalationController {

	private final Notifications notifications;

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	EscalationController(Notifications notifications, CurrentUser currentUser, AccessPolicy policy) {
		this.notifications = notifications;
		this.currentUser = currentUser;
		this.policy = policy;
	}

	@GetMapping("/api/escalations")
	@Operation(summary = "Overdue steps escalated to one of my roles, in my regions, newest first",
			description = "Only the steps still waiting, unless openOnly=false")
	List<Notification> mine(@RequestParam(defaultValue = "true") boolean openOnly) {
		return this.notifications.escalationsFor(this.currentUser.get(), openOnly);
	}

	@GetMapping("/api/admin/ppk-overdue")
	@Operation(summary = "Steps of the PPK past deadline and grace period (BKN blocks personnel data then)")
	List<Notification> ppkOverdue() {
		PantauUser user = this.currentUser.get();
		this.policy.requireAnyRole(user, Groups.ADMIN);
		return this.notifications.ppkOverdue(user);
	}

}
