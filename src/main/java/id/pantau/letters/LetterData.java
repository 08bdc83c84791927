package id.pantau.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.pantau.identity.UserDirectory;
import id.pantau.identity.PantauUser;
import id.pantau.identity.Region;
import id.pantau.identity.Regions;
import id.pantau.intake.CaseView;
import id.pantau.investigation.InvestigationView;
import id.pantau.rules.Recommendation;
import id.pantau.sanction.DecisionView;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.Sanction;
import id.pantau.shared.SanctionLevel;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Gathers a letter's values from the case, its investigation and its decision (each read
 * through its module's API), the region's letterhead and the signer; dates in Indonesian.
 */
@Component
class LetterData {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE", INDONESIAN);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", INDONESIAN);

	private final LetterProperties properties;

	private final Regions regions;

	private final UserDirectory users;

	private final MessageSource messages;

	LetterData(LetterProperties properties, Regions regions, UserDirectory users, MessageSource messages) {
		this.properties = properties;
		this.regions = regions;
		this.users = users;
		this.messages = messages;
	}

	/** The facts a letter is made of. */
	record Sources(CaseView kase, InvestigationView investigation, DecisionView decision) {
	}

	/** The template form for the letter: the decision's follows its sanction level. */
	static String form(LetterType type, Sources sources) {
		if (type != LetterType.DECISION) {
			return type.forms().get(0);
		}
		SanctionLevel level = sanction(sources).map(Sanction::level).orElse(SanctionLevel.LIGHT);
		return switch (level) {
			case MORAL -> "decision-moral";
			case LIGHT -> "decision-light";
			case MODERATE -> "decision-moderate";
			case SEVERE, DISMISSAL -> "decision-severe";
		};
	}

	LetterFields fields(LetterType type, Sources sources, PantauUser user) {
		CaseView kase = sources.kase();
		Map<String, String> v = new HashMap<>();
		Region region = this.regions.find(kase.region()).orElse(null);
		LocalDate today = (region != null) ? BusinessTime.today(region.zone()) : LocalDate.now();
		letterhead(v, type, kase.region(), region, user);
		v.put("letter.date", date(today));
		v.put("case.number", kase.caseNumber());
		v.put("case.source", text("enum.CaseSource." + kase.source()));
		v.put("case.reference", kase.referenceNumber());
		v.put("case.received", date(kase.receivedOn()));
		v.put("case.acts", names("enum.Violation.", kase.allegedActs()));
		v.put("employee.name", kase.employee().name());
		v.put("employee.nip", kase.employee().nip());
		v.put("employee.position", kase.employee().position());
		v.put("employee.unit", kase.employee().unit());
		v.put("employee.type", String.valueOf(kase.employee().employmentType()));
		v.put("generated.by", user.name());
		List<Map<String, String>> rows = new ArrayList<>();
		switch (type) {
			case SUMMONS_1, SUMMONS_2 -> summons(v, sources.investigation(), (type == LetterType.SUMMONS_1) ? 1 : 2);
			case MINUTES -> minutes(v, sources.investigation());
			case REPORT, NOT_PROVEN -> report(v, sources);
			case DECISION -> decision(v, sources);
			case DELIVERY_RECORD -> delivery(v, sources.decision());
			case FOLLOW_UP -> rows.add(followUp(v, sources));
		}
		return new LetterFields(v, rows);
	}

	private void letterhead(Map<String, String> v, LetterType type, String code, Region region, PantauUser user) {
		String regionName = (region != null) ? region.name() : code;
		LetterProperties.Letterhead head = this.properties.regions().get(code);
		if (head == null) {
			head = new LetterProperties.Letterhead(null, null, null, null, null, null, null, null);
		}
		v.put("region.name", regionName);
		v.put("region.government", or(head.government(), "PEMERINTAH " + regionName.toUpperCase(INDONESIAN)));
		v.put("region.head", head.head());
		v.put("region.office", switch (type.office()) {
			case INSPECTORATE -> head.inspectorate();
			case PERSONNEL -> head.personnel();
			case HEAD -> head.head();
		});
		v.put("region.address", head.address());
		v.put("region.place", or(head.place(), regionName));
		v.put("letter.place", or(head.place(), regionName));
		LetterProperties.Signer signer = head.signer(type.office())
			.orElse(new LetterProperties.Signer(user.name(), user.nip(), null));
		v.put("signer.name", signer.name());
		v.put("signer.nip", signer.nip());
		v.put("signer.position", signer.position());
	}

	private void summons(Map<String, String> v, InvestigationView investigation, int round) {
		v.put("summons.round", (round == 1) ? "I" : "II");
		investigation.summons().stream().filter((s) -> s.round() == round).findFirst().ifPresent((s) -> {
			v.put("letter.number", s.letterNumber());
			v.put("letter.date", date(s.issuedOn()));
			if (s.hearingAt() != null) {
				v.put("hearing.day", DAY.format(s.hearingAt()) + ", " + date(s.hearingAt().toLocalDate()));
				v.put("hearing.time", TIME.format(s.hearingAt()));
			}
			v.put("hearing.place", s.place());
		});
	}

	private void minutes(Map<String, String> v, InvestigationView investigation) {
		v.put("team.members",
				String.join(", ", investigation.team().stream().map((m) -> nameOf(m.username())).toList()));
		if (!investigation.minutes().isEmpty()) {
			InvestigationView.MinutesView m = investigation.minutes().get(investigation.minutes().size() - 1);
			v.put("minutes.day", DAY.format(m.examinedOn()));
			v.put("minutes.date", date(m.examinedOn()));
			v.put("minutes.summary", m.summary());
			v.put("minutes.signature", m.signedByEmployee() ? text("letter.minutes.signed")
					: text("letter.minutes.refused", or(m.refusalNote(), "-")));
			v.put("letter.date", date(m.examinedOn()));
		}
	}

	private void report(Map<String, String> v, Sources sources) {
		List<InvestigationView.ReportView> reports = sources.investigation().reports();
		if (!reports.isEmpty()) {
			InvestigationView.ReportView r = reports.get(reports.size() - 1);
			v.put("report.finding", text(r.proven() ? "letter.report.proven" : "letter.report.not-proven"));
			v.put("report.acts", (r.actsProven() != null) ? names("enum.Violation.", r.actsProven()) : "-");
			v.put("report.findings", r.findings());
			v.put("report.legal-basis", r.legalBasis());
			v.put("report.sanction",
					(r.recommendedSanction() != null) ? text("enum.Sanction." + r.recommendedSanction()) : "-");
		}
		Recommendation rec = sources.investigation().recommendation();
		if (rec != null) {
			v.put("recommendation.level", text("enum.SanctionLevel." + rec.level()));
			v.put("recommendation.sanctions", names("enum.Sanction.", rec.candidateSanctions()));
			v.put("recommendation.legal-basis", rec.legalBasis());
			v.put("recommendation.table-version", Integer.toString(rec.tableVersion()));
		}
		DecisionView.Notice notice = sources.decision().notProvenNotice();
		if (notice != null) {
			v.put("letter.number", notice.noticeNumber());
			v.put("letter.date", date(notice.signedOn()));
		}
	}

	private void decision(Map<String, String> v, Sources sources) {
		report(v, sources);
		DecisionView.Decision d = sources.decision().decision();
		v.put("letter.date", null);
		if (d != null) {
			v.put("letter.number", or(d.decreeNumber(), d.draftNumber()));
			v.put("letter.date", (d.decidedOn() != null) ? date(d.decidedOn()) : null);
		}
		sanction(sources).ifPresent((s) -> {
			v.put("decision.sanction", text("enum.Sanction." + s));
			v.put("decision.level", text("enum.SanctionLevel." + s.level()));
			if (s.level() == SanctionLevel.MORAL) {
				v.put("decision.moral-kind", text("letter.moral-kind." + s));
			}
		});
	}

	private void delivery(Map<String, String> v, DecisionView decision) {
		DecisionView.Decision d = decision.decision();
		v.put("letter.date", null);
		if (d == null) {
			return;
		}
		v.put("decision.number", d.decreeNumber());
		v.put("decision.date", date(d.decidedOn()));
		Sanction sanction = (d.finalSanction() != null) ? d.finalSanction() : d.proposedSanction();
		v.put("decision.sanction", (sanction != null) ? text("enum.Sanction." + sanction) : null);
		v.put("delivery.date", date(d.deliveredOn()));
		v.put("delivery.method", (d.deliveryMethod() != null)
				? text("enum.DeliveryMethod." + d.deliveryMethod()).toLowerCase(INDONESIAN) : null);
	}

	private Map<String, String> followUp(Map<String, String> v, Sources sources) {
		DecisionView.FollowUp followUp = sources.decision().followUp();
		if (followUp != null) {
			v.put("letter.number", followUp.letterNumber());
			v.put("letter.date", date(followUp.reportedOn()));
		}
		CaseView kase = sources.kase();
		DecisionView.Decision d = sources.decision().decision();
		Map<String, String> row = new HashMap<>();
		row.put("no", "1");
		row.put("case", kase.caseNumber());
		row.put("employee", kase.employee().name() + " / " + kase.employee().nip());
		row.put("reference", text("enum.CaseSource." + kase.source()) + " " + kase.referenceNumber());
		Optional<Sanction> sanction = sanction(sources);
		row.put("sanction", sanction.map((s) -> text("enum.Sanction." + s)).orElse("-"));
		row.put("decree",
				(d != null && d.decreeNumber() != null) ? d.decreeNumber() + ", " + date(d.decidedOn()) : "-");
		row.put("decided", (d != null) ? date(d.decidedOn()) : "-");
		return row;
	}

	private static Optional<Sanction> sanction(Sources sources) {
		DecisionView.Decision d = sources.decision().decision();
		if (d == null) {
			return Optional.empty();
		}
		return Optional.ofNullable((d.finalSanction() != null) ? d.finalSanction() : d.proposedSanction());
	}

	private String nameOf(String username) {
		return this.users.find(username).map(PantauUser::name).orElse(username);
	}

	private String names(String prefix, Collection<? extends Enum<?>> values) {
		return String.join("; ", values.stream().map((e) -> text(prefix + e.name())).sorted().toList());
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, INDONESIAN);
	}

	static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : null;
	}

	private static String or(String value, String fallback) {
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
