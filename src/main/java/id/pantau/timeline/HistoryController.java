package id.pantau.timeline;

import java.util.List;

import id.pantau.audit.ChainVerification;
import id.pantau.audit.ChainVerifier;
import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The timeline of a case, for everyone who may read the case; the audit log's
 * verification for administrators and auditors.
 */
@RestController
@Tag(name = "Audit")
class HistoryController {

	private final CaseTimeline timeline;

	private final CurrentUser currentUser;

	private final ChainVerifier verifier;

	private final AccessPolicy policy;

	HistoryController(CaseTimeline timeline, CurrentUser currentUser, ChainVerifier verifier, AccessPolicy policy) {
		this.timeline = timeline;
		this.currentUser = currentUser;
		this.verifier = verifier;
		this.policy = policy;
	}

	@GetMapping("/api/cases/{caseNumber}/history")
	@Operation(summary = "Who did what, when, in which role and why on a case, oldest first")
	List<HistoryEntry> history(@PathVariable String caseNumber) {
		return this.timeline.readBy(this.currentUser.get(), caseNumber);
	}

	@GetMapping("/api/audit/verification")
	@Operation(summary = "Walk the audit log's hash chain and report the first broken link (admin, auditor)")
	ChainVerification verify() {
		this.policy.requireAnyRole(this.currentUser.get(), Groups.ADMIN, Groups.AUDITOR);
		return this.verifier.verify();
	}

}
