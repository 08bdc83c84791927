package id.pantau.oversight;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pantau.audit.ChainVerifier;
import id.pantau.documents.CaseDocuments;
import id.pantau.documents.StoredFile;
import id.pantau.timeline.CaseTimeline;
import id.pantau.timeline.HistoryEntry;
import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.identity.RegionTime;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.intake.CaseView;
import id.pantau.sanction.DecisionRecords;
import id.pantau.sanction.DecisionView;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.NeutralityCaseProcess.Groups;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The case dossier as PDF, for auditors to file (auditor, admin; the case's regions);
 * each dossier is kept as a generated document with its SHA-256. Served by the API and by
 * the case page.
 */
@Component
public class CaseDossiers {

	private final CaseDirectory cases;

	private final CaseTimeline timeline;

	private final ChainVerifier verifier;

	private final CaseDocuments documents;

	private final DecisionRecords decisions;

	private final AccessPolicy policy;

	private final RegionTime regionTime;

	private final DossierWords words;

	CaseDossiers(CaseDirectory cases, CaseTimeline timeline, ChainVerifier verifier, CaseDocuments documents,
			DecisionRecords decisions, AccessPolicy policy, RegionTime regionTime, DossierWords words) {
		this.regionTime = regionTime;
		this.words = words;
		this.cases = cases;
		this.timeline = timeline;
		this.verifier = verifier;
		this.documents = documents;
		this.decisions = decisions;
		this.policy = policy;
	}

	/**
	 * Renders and keeps the dossier of a case.
	 * @throws id.pantau.shared.AccessRefusedException for a role other than auditor or
	 * admin, or a case outside the user's regions
	 */
	public CaseDocuments.Download dossier(PantauUser user, String caseNumber) {
		this.policy.requireAnyRole(user, Groups.AUDITOR, Groups.ADMIN);
		CaseSummary found = this.cases.readableBy(user, caseNumber);
		List<HistoryEntry> timeline = this.timeline.readBy(user, found.number());
		List<StoredFile> stored = this.documents.of(user, found.number());
		Map<Long, Boolean> intact = new HashMap<>();
		stored.forEach((f) -> intact.put(f.fileId(), this.documents.intact(f)));
		ZoneId zone = this.regionTime.zoneOf(found.region());
		byte[] pdf = Dossier.render(found.number(), facts(found, this.cases.view(user, found.number()), zone),
				this.verifier.verify(), decisions(this.decisions.of(user, found.number()), timeline, zone), stored,
				intact, timeline, this.words.person(user.username(), String.join(",", user.roles())),
				BusinessTime.now(), zone, this.words);
		StoredFile kept = this.documents.keepGenerated(found.number(), found.region(),
				"dossier-" + found.number() + ".pdf", MediaType.APPLICATION_PDF_VALUE, pdf);
		return new CaseDocuments.Download(kept, pdf);
	}

	private Map<String, String> facts(CaseSummary c, CaseView view, ZoneId zone) {
		DossierWords w = this.words;
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put(w.text("dossier.case.number"), c.number());
		facts.put(w.text("dossier.case.region"), w.region(c.region()));
		facts.put(w.text("dossier.case.status"), w.label("CaseStatus", c.status()));
		facts.put(w.text("dossier.case.source"), w.label("CaseSource", view.source()));
		facts.put(w.text("dossier.case.reference"), view.referenceNumber());
		facts.put(w.text("dossier.case.closure"),
				(view.closureReason() != null) ? w.label("ClosureReason", view.closureReason()) : "-");
		facts.put(w.text("dossier.case.employee"), c.employeeName() + " (NIP " + c.employeeNip() + ", "
				+ w.label("EmploymentType", c.employmentType()) + ")");
		facts.put(w.text("dossier.case.position"), c.position() + ", " + c.unit());
		facts.put(w.text("dossier.case.election-stage"), w.label("ElectionStage", c.electionStage()));
		facts.put(w.text("dossier.case.alleged-acts"), w.labels("Violation", c.allegedActs()));
		facts.put(w.text("dossier.case.received-on"), w.date(c.receivedOn()));
		facts.put(w.text("dossier.case.registered-at"), w.dateTime(c.registeredAt(), zone));
		return facts;
	}

	private List<Map<String, String>> decisions(DecisionView view, List<HistoryEntry> timeline, ZoneId zone) {
		DossierWords w = this.words;
		List<Map<String, String>> decisions = new ArrayList<>();
		timeline.stream().filter((e) -> "DECISION_EVALUATED".equals(e.type())).forEach((e) -> {
			Map<String, String> d = new LinkedHashMap<>();
			d.put(w.text("dossier.decision.table"), w.text("dossier.decision.table.when", w.dateTime(e.at(), zone),
					w.person(e.actor(), e.roles()), (e.detail() != null) ? w.detail(e.detail()) : "-"));
			decisions.add(d);
		});
		DecisionView.Decision decision = view.decision();
		if (decision != null) {
			Map<String, String> d = new LinkedHashMap<>();
			d.put(w.text("dossier.decision.outcome"), w.label("DecisionOutcome", decision.outcome()));
			d.put(w.text("dossier.decision.sanction"), w.label("Sanction", decision.finalSanction()));
			d.put(w.text("dossier.decision.recommended"), w.label("Sanction", decision.recommendedSanction()));
			d.put(w.text("dossier.decision.proposed"), w.label("Sanction", decision.proposedSanction()));
			d.put(w.text("dossier.decision.deviated"), w.yesNo(Boolean.TRUE.equals(decision.deviatedFromReport())));
			d.put(w.text("dossier.decision.reason"), (decision.reason() != null) ? decision.reason() : "-");
			d.put(w.text("dossier.decision.decree"),
					w.text("dossier.decision.decree.value", String.valueOf(decision.decreeNumber()),
							w.date(decision.decidedOn()), w.person(decision.decidedBy(), "ppk")));
			decisions.add(d);
		}
		return decisions;
	}

}
