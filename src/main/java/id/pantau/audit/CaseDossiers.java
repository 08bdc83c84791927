package id.pantau.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.identity.RegionTime;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.NeutralityCaseProcess.Groups;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case dossier as PDF, for auditors to file (auditor, admin; the case's regions);
 * each dossier is kept as a generated document with its SHA-256. Served by the API and by
 * the case page.
 */
@Component
public class CaseDossiers {

	private final CaseDirectory cases;

	private final CaseHistory history;

	private final ChainVerifier verifier;

	private final CaseFiles files;

	private final AccessPolicy policy;

	private final JdbcTemplate jdbc;

	private final RegionTime regionTime;

	private final DossierWords words;

	CaseDossiers(CaseDirectory cases, CaseHistory history, ChainVerifier verifier, CaseFiles files, AccessPolicy policy,
			JdbcTemplate jdbc, RegionTime regionTime, DossierWords words) {
		this.regionTime = regionTime;
		this.words = words;
		this.cases = cases;
		this.history = history;
		this.verifier = verifier;
		this.files = files;
		this.policy = policy;
		this.jdbc = jdbc;
	}

	/**
	 * Renders and keeps the dossier of a case.
	 * @throws id.pantau.shared.AccessRefusedException for a role other than auditor or
	 * admin, or a case outside the user's regions
	 */
	public CaseDocuments.Download dossier(PantauUser user, String caseNumber) {
		this.policy.requireAnyRole(user, Groups.AUDITOR, Groups.ADMIN);
		CaseSummary found = this.cases.readableBy(user, caseNumber);
		List<HistoryEntry> timeline = this.history.of(found.number(), found.region());
		if (!this.policy.mayReadReporter(user)) {
			timeline = timeline.stream().map(Confidential::withoutReporter).toList();
		}
		List<StoredFile> stored = this.files.of(found.number());
		Map<Long, Boolean> intact = new HashMap<>();
		stored.forEach((f) -> intact.put(f.fileId(), this.files.intact(f)));
		ZoneId zone = this.regionTime.zoneOf(found.region());
		byte[] pdf = Dossier.render(found.number(), facts(found, zone), this.verifier.verify(),
				decisions(found, timeline, zone), stored, intact, timeline,
				this.words.person(user.username(), String.join(",", user.roles())), BusinessTime.now(), zone,
				this.words);
		StoredFile kept = this.files.store(found.number(), found.region(), CaseFiles.GENERATED,
				"dossier-" + found.number() + ".pdf", MediaType.APPLICATION_PDF_VALUE, pdf);
		return new CaseDocuments.Download(kept, pdf);
	}

	private Map<String, String> facts(CaseSummary c, ZoneId zone) {
		DossierWords w = this.words;
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put(w.text("dossier.case.number"), c.number());
		facts.put(w.text("dossier.case.region"), w.region(c.region()));
		facts.put(w.text("dossier.case.status"), w.label("CaseStatus", c.status()));
		this.jdbc.query("select source, reference_number, closure_reason from neutrality_case where id = ?", (rs) -> {
			facts.put(w.text("dossier.case.source"), w.label("CaseSource", rs.getString(1)));
			facts.put(w.text("dossier.case.reference"), rs.getString(2));
			facts.put(w.text("dossier.case.closure"),
					(rs.getString(3) != null) ? w.label("ClosureReason", rs.getString(3)) : "-");
		}, c.id());
		facts.put(w.text("dossier.case.employee"), c.employeeName() + " (NIP " + c.employeeNip() + ", "
				+ w.label("EmploymentType", c.employmentType()) + ")");
		facts.put(w.text("dossier.case.position"), c.position() + ", " + c.unit());
		facts.put(w.text("dossier.case.election-stage"), w.label("ElectionStage", c.electionStage()));
		facts.put(w.text("dossier.case.alleged-acts"), w.labels("Violation", c.allegedActs()));
		facts.put(w.text("dossier.case.received-on"), w.date(c.receivedOn()));
		facts.put(w.text("dossier.case.registered-at"), w.dateTime(c.registeredAt(), zone));
		return facts;
	}

	private List<Map<String, String>> decisions(CaseSummary c, List<HistoryEntry> timeline, ZoneId zone) {
		DossierWords w = this.words;
		List<Map<String, String>> decisions = new ArrayList<>();
		timeline.stream().filter((e) -> "DECISION_EVALUATED".equals(e.type())).forEach((e) -> {
			Map<String, String> d = new LinkedHashMap<>();
			d.put(w.text("dossier.decision.table"), w.text("dossier.decision.table.when", w.dateTime(e.at(), zone),
					w.person(e.actor(), e.roles()), (e.detail() != null) ? w.detail(e.detail()) : "-"));
			decisions.add(d);
		});
		this.jdbc.query("""
				select outcome, final_sanction, recommended_sanction, proposed_sanction, reason, decree_number,
				       decided_on, decided_by, deviated from sanction_decision where case_id = ?""", (rs) -> {
			Map<String, String> d = new LinkedHashMap<>();
			d.put(w.text("dossier.decision.outcome"), w.label("DecisionOutcome", rs.getString("outcome")));
			d.put(w.text("dossier.decision.sanction"), w.label("Sanction", rs.getString("final_sanction")));
			d.put(w.text("dossier.decision.recommended"), w.label("Sanction", rs.getString("recommended_sanction")));
			d.put(w.text("dossier.decision.proposed"), w.label("Sanction", rs.getString("proposed_sanction")));
			d.put(w.text("dossier.decision.deviated"), w.yesNo(rs.getBoolean("deviated")));
			d.put(w.text("dossier.decision.reason"), (rs.getString("reason") != null) ? rs.getString("reason") : "-");
			java.sql.Date decidedOn = rs.getDate("decided_on");
			d.put(w.text("dossier.decision.decree"),
					w.text("dossier.decision.decree.value", String.valueOf(rs.getString("decree_number")),
							w.date((decidedOn != null) ? decidedOn.toLocalDate() : null),
							w.person(rs.getString("decided_by"), "ppk")));
			decisions.add(d);
		}, c.id());
		return decisions;
	}

}
