package id.pantau.web;

import java.time.ZoneId;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.mail.MailPreferences;
import id.pantau.mail.Outbox;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's outbox page (the local mailbox, and the mails whose sending failed)
 * and each user's choice of a daily digest.
 */
@Controller
class MailPageController {

	/** Most mails the outbox page lists. */
	static final int LIMIT = 200;

	/** The zone the outbox's times are shown in (the mails are not of one region). */
	static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private final Outbox outbox;

	private final MailPreferences preferences;

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	private final FormErrors errors;

	MailPageController(Outbox outbox, MailPreferences preferences, CurrentUser currentUser, AccessPolicy policy,
			FormErrors errors) {
		this.outbox = outbox;
		this.preferences = preferences;
		this.currentUser = currentUser;
		this.policy = policy;
		this.errors = errors;
	}

	/** The newest mails, all or only those whose sending failed. */
	@GetMapping("/admin/mail")
	String outbox(@RequestParam(defaultValue = "false") boolean failed, Model model) {
		this.policy.requireAnyRole(this.currentUser.get(), Groups.ADMIN);
		model.addAttribute("mails", this.outbox.latest(null, failed, LIMIT));
		model.addAttribute("failedOnly", failed);
		model.addAttribute("zone", ZONE);
		return "web/mail";
	}

	/** One mail as it was (or will be) sent. */
	@GetMapping("/admin/mail/{id}")
	String mail(@PathVariable long id, Model model) {
		this.policy.requireAnyRole(this.currentUser.get(), Groups.ADMIN);
		model.addAttribute("mail", this.outbox.find(id).orElseThrow(() -> new NotFoundException("web.mail.unknown")));
		model.addAttribute("zone", ZONE);
		return "web/mail-message";
	}

	/** Single mails or one daily digest, from the start page. */
	@PostMapping("/mail-preference")
	String choose(@RequestParam(defaultValue = "false") boolean digest, RedirectAttributes flash) {
		PantauUser me = this.currentUser.get();
		this.preferences.choose(me.username(), digest);
		flash.addFlashAttribute("flash", this.errors.text(digest ? "web.mail.digest-on" : "web.mail.digest-off"));
		return "redirect:/";
	}

}
