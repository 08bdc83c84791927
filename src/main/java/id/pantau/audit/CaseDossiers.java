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

	CaseDossiers(CaseDirectory cases, CaseHistory history, ChainVerifier verifier, CaseFiles files, AccessPolicy policy,
			JdbcTemplate jdbc, RegionTime regionTime) {
		this.regionTime = regionTime;
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
				decisions(found, timeline, zone), stored, intact, timeline, user.username(), BusinessTime.now(), zone);
		StoredFile kept = this.files.store(found.number(), found.region(), CaseFiles.GENERATED,
				"dossier-" + found.number() + ".pdf", MediaType.APPLICATION_PDF_VALUE, pdf);
		return new CaseDocuments.Download(kept, pdf);
	}

	private Map<String, String> facts(CaseSummary c, ZoneId zone) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("case number", c.number());
		facts.put("region", c.region());
		facts.put("status", c.status());
		this.jdbc.query("select source, reference_number, closure_reason from neutrality_case where id = ?", (rs) -> {
			facts.put("source", rs.getString(1));
			facts.put("reference", rs.getString(2));
			facts.put("closure", rs.getString(3));
		}, c.id());
		facts.put("employee", c.employeeName() + " (NIP " + c.employeeNip() + ", " + c.employmentType() + ")");
		facts.put("position", c.position() + ", " + c.unit());
		facts.put("alleged acts", c.allegedActs().toString());
		facts.put("received on", String.valueOf(c.receivedOn()));
		facts.put("registered at", Dossier.when(c.registeredAt(), zone));
		return facts;
	}

	private List<Map<String, String>> decisions(CaseSummary c, List<HistoryEntry> timeline, ZoneId zone) {
		List<Map<String, String>> decisions = new ArrayList<>();
		timeline.stream().filter((e) -> "DECISION_EVALUATED".equals(e.type())).forEach((e) -> {
			Map<String, String> d = new LinkedHashMap<>();
			String by = (e.actor() != null) ? " by " + e.actor() + ((e.roles() != null) ? " (" + e.roles() + ")" : "")
					: "";
			d.put("decision table", Dossier.when(e.at(), zone) + by + " " + e.detail());
			decisions.add(d);
		});
		this.jdbc.query("""
				select outcome, final_sanction, recommended_sanction, proposed_sanction, reason, decree_number,
				       decided_on, decided_by, deviated from sanction_decision where case_id = ?""", (rs) -> {
			Map<String, String> d = new LinkedHashMap<>();
			d.put("PPK decision", rs.getString("outcome") + " " + rs.getString("final_sanction"));
			d.put("recommended / proposed",
					rs.getString("recommended_sanction") + " / " + rs.getString("proposed_sanction"));
			d.put("deviated", rs.getString("deviated"));
			d.put("reason", rs.getString("reason"));
			d.put("decree", rs.getString("decree_number") + " on " + rs.getString("decided_on") + " by "
					+ rs.getString("decided_by"));
			decisions.add(d);
		}, c.id());
		return decisions;
	}

}
