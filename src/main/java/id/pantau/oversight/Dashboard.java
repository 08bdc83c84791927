package id.pantau.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.intake.ElectionType;
import id.pantau.pledges.Coverage;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.BusinessTime;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leadership's dashboard: the cases of the chosen regions (received in the period, of
 * the election) counted by stage and status, unit, alleged act and election; the funnel
 * from reported to followed up with the follow-up rate of the follow-up report; the steps
 * open past their due time; the working days the ended steps took against their
 * deadlines; cases of integrity-pact signatories and of the others. Counted in the
 * database over oversight's read model, exactly, at every request.
 */
@Component
@Transactional(readOnly = true)
public class Dashboard {

	private static final java.util.regex.Pattern REGION_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,40}");

	private final NamedParameterJdbcTemplate jdbc;

	private final AccessPolicy policy;

	private final Coverage coverage;

	Dashboard(NamedParameterJdbcTemplate jdbc, AccessPolicy policy, Coverage coverage) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.coverage = coverage;
	}

	/**
	 * What a user asks for; every part optional.
	 *
	 * @param region one of the user's regions (none: all of them)
	 * @param from cases received on or after
	 * @param to cases received on or before
	 * @param electionType {@code PEMILU} or {@code PILKADA}
	 * @param electionYear the election's year
	 */
	public record Query(String region, LocalDate from, LocalDate to, String electionType, Integer electionYear) {
	}

	/**
	 * The figures for the user: the PPK, the Inspektur, the administrator and the
	 * auditor, within their regions (other roles and other regions: refused).
	 * @throws InvalidInputException for a period ending before it starts, an unknown
	 * election type or a year outside 1999..2100
	 */
	public Figures of(PantauUser user, Query q) {
		this.policy.requireAnyRole(user, Groups.PPK, Groups.CHIEF_INSPECTOR, Groups.ADMIN, Groups.AUDITOR);
		if (q.region() != null) {
			this.policy.requireRegion(user, q.region());
		}
		if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
			throw new InvalidInputException("to", "dashboard.period.reversed");
		}
		String type = null;
		if (q.electionType() != null && !q.electionType().isBlank()) {
			type = java.util.Arrays.stream(ElectionType.values())
				.map(Enum::name)
				.filter((t) -> t.equalsIgnoreCase(q.electionType().strip()))
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("electionType", "dashboard.election-type.unknown",
						q.electionType()));
		}
		if (q.electionYear() != null && (q.electionYear() < 1999 || q.electionYear() > 2100)) {
			throw new InvalidInputException("electionYear", "dashboard.election-year.range", q.electionYear());
		}
		List<String> regions = (q.region() != null) ? List.of(q.region()) : user.regions().stream().sorted().toList();
		Coverage.RegionCoverage coverage = (regions.size() == 1) ? this.coverage.of(user, regions.get(0), null) : null;
		Filter filter = new Filter(regions, q.from(), q.to(), type, q.electionYear());
		if (regions.isEmpty()) {
			return new Figures(regions, q.from(), q.to(), type, q.electionYear(), List.of(), List.of(), List.of(),
					List.of(), new Funnel(0, 0, 0, 0, 0), List.of(), List.of(),
					List.of(new PactCount(true, 0, 0), new PactCount(false, 0, 0)), null);
		}
		return of(filter, coverage);
	}

	/**
	 * What the figures are about.
	 *
	 * @param regions the regions counted
	 * @param from cases received on or after, if given
	 * @param to cases received on or before, if given
	 * @param electionType cases of elections of this type, if given
	 * @param electionYear cases of elections of this year, if given
	 */
	record Filter(Collection<String> regions, LocalDate from, LocalDate to, String electionType, Integer electionYear) {
	}

	/** Cases at a stage (its message name, e.g. {@code examination}) with a status. */
	public record StageCount(String stage, String status, long cases) {
	}

	public record UnitCount(String unit, long cases) {
	}

	/** Cases alleging an act (a case alleging two counts under each). */
	public record ViolationCount(String violation, long cases) {
	}

	public record ElectionCount(String electionType, int electionYear, long cases) {
	}

	/**
	 * From reported to followed up: {@code sanctioned} is a final sanction decided,
	 * {@code followedUp} a proven case whose follow-up was reported; the rate is followed
	 * up ÷ proven, one decimal, as in the follow-up report.
	 */
	public record Funnel(long reported, long proven, long sanctioned, long followedUp, double followUpRatePercent) {
	}

	/** Steps open past their due time, by step and the role that owns it. */
	public record OverdueCount(String stepKey, String ownerRole, long steps) {
	}

	/**
	 * The ended steps of one kind: how many working days they took against the deadline
	 * most of them had; on time = no more working days than the deadline has.
	 */
	public record StepDays(String stepKey, String ownerRole, Integer deadlineDays, long ended,
			double averageWorkingDays, double medianWorkingDays, Double onTimePercent) {
	}

	/**
	 * Cases (and proven cases) about employees who had, or had not, signed an integrity
	 * pact.
	 */
	public record PactCount(boolean signedPact, long cases, long proven) {
	}

	/**
	 * Every figure of the dashboard, with what it is about; coverage (of any pledge kind)
	 * only for a single region.
	 */
	public record Figures(List<String> regions, LocalDate from, LocalDate to, String electionType, Integer electionYear,
			List<StageCount> byStage, List<UnitCount> byUnit, List<ViolationCount> byViolation,
			List<ElectionCount> byElection, Funnel funnel, List<OverdueCount> overdueByStep, List<StepDays> stepDays,
			List<PactCount> pact, Coverage.RegionCoverage coverage) {
	}

	Figures of(Filter filter, Coverage.RegionCoverage coverage) {
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("regions", filter.regions())
			.addValue("from", filter.from())
			.addValue("to", filter.to())
			.addValue("type", filter.electionType())
			.addValue("year", filter.electionYear())
			.addValue("now", BusinessTime.utc(BusinessTime.now()));
		String cases = where(filter, "c.region_code", "c");
		Map<String, Long> stages = new LinkedHashMap<>();
		Map<String, Long> units = new LinkedHashMap<>();
		Map<String, Long> elections = new LinkedHashMap<>();
		Map<Boolean, long[]> byPact = new TreeMap<>();
		this.jdbc.query("""
				select c.stage, c.status, c.employee_unit, c.election_type, c.election_year, c.pact_signed, count(*) n,
				       sum(case when c.proven = true then 1 else 0 end) proven,
				       sum(case when c.final_sanction is not null then 1 else 0 end) sanctioned,
				       sum(case when c.proven = true and c.follow_up_reported_on is not null then 1 else 0 end) followed
				from oversight_case c""" + cases
				+ " group by c.stage, c.status, c.employee_unit, c.election_type, c.election_year, c.pact_signed", p,
				(rs) -> {
					long n = rs.getLong("n");
					stages.merge(rs.getString(1) + " " + rs.getString(2), n, Long::sum);
					units.merge(rs.getString(3), n, Long::sum);
					elections.merge(rs.getString(4) + " " + rs.getInt(5), n, Long::sum);
					long[] v = byPact.computeIfAbsent(rs.getBoolean(6), (k) -> new long[4]);
					v[0] += n;
					v[1] += rs.getLong("proven");
					v[2] += rs.getLong("sanctioned");
					v[3] += rs.getLong("followed");
				});
		List<StageCount> byStage = stages.entrySet()
			.stream()
			.map((e) -> new StageCount(e.getKey().split(" ")[0], e.getKey().split(" ")[1], e.getValue()))
			.sorted(Comparator.comparingInt((StageCount s) -> stageOrder(s.stage()))
				.thenComparing(StageCount::status, Comparator.reverseOrder()))
			.toList();
		List<UnitCount> byUnit = units.entrySet()
			.stream()
			.map((e) -> new UnitCount(e.getKey(), e.getValue()))
			.sorted(Comparator.comparingLong(UnitCount::cases)
				.reversed()
				.thenComparing(UnitCount::unit, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		List<ElectionCount> byElection = elections.entrySet()
			.stream()
			.map((e) -> new ElectionCount(e.getKey().split(" ")[0], Integer.parseInt(e.getKey().split(" ")[1]),
					e.getValue()))
			.sorted(Comparator.comparingInt(ElectionCount::electionYear)
				.reversed()
				.thenComparing(ElectionCount::electionType))
			.toList();
		List<ViolationCount> byViolation = this.jdbc.query(
				"select a.violation_code, count(*) n from oversight_case_act a" + where(filter, "a.region_code", "a")
						+ " group by a.violation_code order by n desc, a.violation_code",
				p, (rs, n) -> new ViolationCount(rs.getString(1), rs.getLong(2)));
		long[] total = new long[4];
		byPact.values().forEach((v) -> {
			for (int i = 0; i < 4; i++) {
				total[i] += v[i];
			}
		});
		Funnel funnel = new Funnel(total[0], total[1], total[2], total[3],
				FollowUpReportQuery.rate(total[3], total[1]));
		List<PactCount> pact = List.of(pactCount(byPact, true), pactCount(byPact, false));
		String steps = where(filter, "s.region", "s") + " and s.election_type is not null";
		List<OverdueCount> overdue = this.jdbc.query(
				"select s.step, s.owner_role, count(*) n from oversight_step s" + steps
						+ " and s.ended_at is null and s.due_at < :now group by s.step, s.owner_role "
						+ "order by n desc, s.step",
				p, (rs, n) -> new OverdueCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
		return new Figures(List.copyOf(filter.regions()), filter.from(), filter.to(), filter.electionType(),
				filter.electionYear(), byStage, byUnit, byViolation, byElection, funnel, overdue, stepDays(steps, p),
				pact, coverage);
	}

	/**
	 * The conditions of the filter on a table that carries the case's region, received
	 * day and election.
	 */
	private static String where(Filter filter, String regionColumn, String alias) {
		return " where " + regionColumn + " in (" + regionList(filter.regions()) + ")"
				+ ((filter.from() != null) ? " and " + alias + ".received_on >= :from" : "")
				+ ((filter.to() != null) ? " and " + alias + ".received_on <= :to" : "")
				+ ((filter.electionType() != null) ? " and " + alias + ".election_type = :type" : "")
				+ ((filter.electionYear() != null) ? " and " + alias + ".election_year = :year" : "");
	}

	/**
	 * The regions as SQL literals, so that both databases look a row's region up in a
	 * hash set of constants rather than comparing it with each of hundreds of bind
	 * parameters (an administrator's 500 regions). Only region codes of letters, digits,
	 * dashes and underscores are written so; any other code is refused.
	 */
	static String regionList(Collection<String> regions) {
		StringBuilder list = new StringBuilder();
		for (String region : regions) {
			if (!REGION_CODE.matcher(region).matches()) {
				throw new IllegalArgumentException("Not a region code: " + region);
			}
			list.append((list.length() > 0) ? ", '" : "'").append(region).append('\'');
		}
		return list.toString();
	}

	private List<StepDays> stepDays(String where, MapSqlParameterSource p) {
		Map<String, Days> byStep = new LinkedHashMap<>();
		this.jdbc.query("select s.step, s.owner_role, s.deadline_days, s.working_days, count(*) n "
				+ "from oversight_step s" + where
				+ " and s.working_days is not null group by s.step, s.owner_role, s.deadline_days, s.working_days "
				+ "order by s.step, s.working_days", p, (rs) -> {
					Integer deadline = (Integer) rs.getObject(3, Integer.class);
					byStep.computeIfAbsent(rs.getString(1), (k) -> new Days())
						.add(rs.getString(2), deadline, rs.getInt(4), rs.getLong(5));
				});
		return byStep.entrySet().stream().map((e) -> e.getValue().result(e.getKey())).toList();
	}

	private static PactCount pactCount(Map<Boolean, long[]> byPact, boolean signed) {
		long[] v = byPact.getOrDefault(signed, new long[4]);
		return new PactCount(signed, v[0], v[1]);
	}

	private static int stageOrder(String stage) {
		for (id.pantau.shared.RouteStage s : id.pantau.shared.RouteStage.values()) {
			if (s.messageName().equals(stage)) {
				return s.ordinal();
			}
		}
		return Integer.MAX_VALUE;
	}

	/** The ended steps of one kind, by working days taken, in ascending order. */
	private static final class Days {

		String ownerRole;

		final Map<Integer, Long> deadlines = new TreeMap<>();

		final List<long[]> counts = new ArrayList<>();

		long ended;

		long sum;

		long withDeadline;

		long onTime;

		void add(String role, Integer deadline, int days, long n) {
			if (role != null) {
				this.ownerRole = role;
			}
			this.counts.add(new long[] { days, n });
			this.ended += n;
			this.sum += days * n;
			if (deadline != null) {
				this.deadlines.merge(deadline, n, Long::sum);
				this.withDeadline += n;
				if (days <= deadline) {
					this.onTime += n;
				}
			}
		}

		StepDays result(String step) {
			this.counts.sort(java.util.Comparator.comparingLong((long[] c) -> c[0]));
			Integer deadline = this.deadlines.entrySet()
				.stream()
				.max(Map.Entry.<Integer, Long>comparingByValue())
				.map(Map.Entry::getKey)
				.orElse(null);
			return new StepDays(step, this.ownerRole, deadline, this.ended,
					Math.round(10.0 * this.sum / this.ended) / 10.0, median(),
					(this.withDeadline == 0) ? null : Math.round(1000.0 * this.onTime / this.withDeadline) / 10.0);
		}

		/** The middle value, or the mean of the two middle values. */
		private double median() {
			return (valueAt((this.ended - 1) / 2) + valueAt(this.ended / 2)) / 2.0;
		}

		private long valueAt(long index) {
			long seen = 0;
			for (long[] c : this.counts) {
				seen += c[1];
				if (index < seen) {
					return c[0];
				}
			}
			throw new IllegalStateException("No value at " + index);
		}

	}

}
