package id.pantau.mail;

import java.util.List;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's mail settings and count of new items; the outbox for administrators. */
@RestController
@Validated
@Tag(name = "Mail")
class MailController {

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	private final MailPreferences preferences;

	private final Inbox inbox;

	private final Outbox outbox;

	MailController(CurrentUser currentUser, AccessPolicy policy, MailPreferences preferences, Inbox inbox,
			Outbox outbox) {
		this.currentUser = currentUser;
		this.policy = policy;
		this.preferences = preferences;
		this.inbox = inbox;
		this.outbox = outbox;
	}

	/**
	 * @param digest one daily digest instead of single mails
	 * @param hasAddress whether the directory knows an e-mail address for me
	 * @param newItems items since I last opened "Perlu tindakan saya"
	 */
	record MailSettings(boolean digest, boolean hasAddress, long newItems) {
	}

	/**
	 * @param digest one daily digest instead of single mails
	 */
	record MailChoice(@NotNull Boolean digest) {
	}

	@GetMapping("/api/me/mail")
	@Operation(summary = "My mail choice (single mails or a daily digest) and my count of new items")
	MailSettings mine() {
		return settings(this.currentUser.get());
	}

	@PutMapping("/api/me/mail")
	@Operation(summary = "Chooses single mails or one daily digest")
	MailSettings choose(@Valid @RequestBody MailChoice choice) {
		PantauUser me = this.currentUser.get();
		this.preferences.choose(me.username(), choice.digest());
		return settings(me);
	}

	@GetMapping("/api/admin/mail")
	@Operation(summary = "The outbox, newest first: every mail with its status, attempts and last error",
			description = "failedOnly=true: only mails an attempt failed for")
	List<OutboxMail> outbox(@RequestParam(required = false) String status,
			@RequestParam(defaultValue = "false") boolean failedOnly,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
		this.policy.requireAnyRole(this.currentUser.get(), Groups.ADMIN);
		return this.outbox.latest(status, failedOnly, limit);
	}

	private MailSettings settings(PantauUser me) {
		return new MailSettings(this.preferences.digest(me.username()), me.email() != null,
				this.inbox.newItems(me.username()));
	}

}
