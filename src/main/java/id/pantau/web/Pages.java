package id.pantau.web;

import java.util.Optional;

import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.mail.Inbox;
import id.pantau.shared.AccessRefusedException;
import id.pantau.shared.NeutralityCaseProcess.Groups;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** What every page needs to know about the person: who he is and what the menu offers. */
@Component("nav")
class Pages {

	private final CurrentUser currentUser;

	private final Inbox inbox;

	Pages(CurrentUser currentUser, Inbox inbox) {
		this.currentUser = currentUser;
		this.inbox = inbox;
	}

	/** The logged-in person, if any. */
	Optional<PantauUser> person() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.currentUser.get());
		}
		catch (AccessRefusedException ex) {
			return Optional.empty();
		}
	}

	public boolean mayRegister(PantauUser user) {
		return user.hasRole(Groups.INTAKE);
	}

	/** Lists of recommendations: intake officers upload them, administrators read. */
	public boolean mayImportLists(PantauUser user) {
		return user.hasRole(Groups.INTAKE) || user.hasRole(Groups.ADMIN);
	}

	public boolean mayAudit(PantauUser user) {
		return user.hasRole(Groups.AUDITOR) || user.hasRole(Groups.ADMIN);
	}

	/**
	 * Pacts and pledges: personnel staff and administrators record them; the Inspektur,
	 * the PPK and auditors follow the coverage.
	 */
	public boolean mayReadPledges(PantauUser user) {
		return user.roles()
			.stream()
			.anyMatch((r) -> Groups.HR.equals(r) || Groups.ADMIN.equals(r) || Groups.CHIEF_INSPECTOR.equals(r)
					|| Groups.PPK.equals(r) || Groups.AUDITOR.equals(r));
	}

	/**
	 * The leadership's dashboard: the PPK, the Inspektur, administrators and auditors.
	 */
	public boolean mayReadDashboard(PantauUser user) {
		return user.roles()
			.stream()
			.anyMatch((r) -> Groups.PPK.equals(r) || Groups.CHIEF_INSPECTOR.equals(r) || Groups.ADMIN.equals(r)
					|| Groups.AUDITOR.equals(r));
	}

	public boolean isAdmin(PantauUser user) {
		return user.hasRole(Groups.ADMIN);
	}

	/** New items for the person since he last opened "Perlu tindakan saya". */
	public long newItems(PantauUser user) {
		return this.inbox.newItems(user.username());
	}

	/** Whether the person works on tasks at all (auditors only read). */
	public boolean hasTasks(PantauUser user) {
		return user.roles().stream().anyMatch((r) -> !Groups.AUDITOR.equals(r));
	}

}
