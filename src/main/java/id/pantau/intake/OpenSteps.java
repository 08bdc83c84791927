package id.pantau.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.pantau.shared.PageView;
import id.pantau.shared.Violation;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open steps of cases, from the step record: one query for a page and one for its
 * count, with the reported employee of each case, through the index on region, end and
 * due time, whatever the number of open steps.
 */
@Component
@Transactional(readOnly = true)
public class OpenSteps {

	private static final String FROM = """
			from audit_step s join neutrality_case c on c.case_number = s.case_number
			where s.ended_at is null and s.region in (:regions)""";

	private static final RowMapper<OpenStep> ROW = (rs, n) -> new OpenStep(rs.getString("task_id"),
			rs.getString("step"), rs.getString("case_number"), rs.getString("region"), rs.getString("employee_name"),
			rs.getString("employee_nip"), rs.getString("assignee"),
			instant(rs.getObject("created_at", OffsetDateTime.class)),
			instant(rs.getObject("due_at", OffsetDateTime.class)));

	private final JdbcClient jdbc;

	OpenSteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Sort keys. */
	public enum SortBy {

		dueAt("s.due_at"), createdAt("s.created_at");

		private final String column;

		SortBy(String column) {
			this.column = column;
		}

	}

	/**
	 * Which open steps to list; null means any.
	 *
	 * @param regions the regions (required, not empty)
	 * @param stepKey a task definition key
	 * @param caseNumber only the steps of this case
	 * @param act only cases reporting this act
	 * @param dueBefore only steps due before this moment
	 * @param holder who may see them: see {@link Holder}
	 */
	public record Criteria(Set<String> regions, String stepKey, String caseNumber, Violation act, Instant dueBefore,
			Holder holder) {
	}

	/**
	 * Steps held by {@code assignee}, or not held by anyone and open to one of the
	 * candidate roles or to the candidate user (an examination team member); a null or
	 * empty part matches nothing.
	 *
	 * @param assignee who holds the step
	 * @param candidateRoles roles that may take it
	 * @param candidateUser a user who may take it by name
	 */
	public record Holder(String assignee, Collection<String> candidateRoles, String candidateUser) {
	}

	/**
	 * One page of the open steps that match.
	 * @param page zero-based; a page past the end is empty
	 */
	public PageView<OpenStep> page(Criteria criteria, int page, int size, SortBy sort, boolean ascending) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(criteria, params);
		long total = this.jdbc.sql("select count(*) " + FROM + where).paramSource(params).query(Long.class).single();
		if (total == 0 || (long) page * size >= total) {
			return PageView.of(List.of(), page, size, total);
		}
		String direction = ascending ? " asc" : " desc";
		List<OpenStep> rows = this.jdbc
			.sql("select s.task_id, s.step, s.case_number, s.region, s.assignee, s.created_at, s.due_at, "
					+ "c.employee_name, c.employee_nip " + FROM + where + " order by " + sort.column + direction
					+ ", s.task_id asc offset " + ((long) page * size) + " rows fetch next " + size + " rows only")
			.paramSource(params)
			.query(ROW)
			.list();
		return PageView.of(rows, page, size, total);
	}

	/** The open step of this task, if there is one. */
	public Optional<OpenStep> find(String taskId) {
		return this.jdbc
			.sql("select s.task_id, s.step, s.case_number, s.region, s.assignee, s.created_at, s.due_at, "
					+ "c.employee_name, c.employee_nip from audit_step s join neutrality_case c "
					+ "on c.case_number = s.case_number where s.task_id = ? and s.ended_at is null")
			.param(taskId)
			.query(ROW)
			.optional();
	}

	private static String where(Criteria criteria, MapSqlParameterSource params) {
		StringBuilder where = new StringBuilder();
		params.addValue("regions", criteria.regions());
		if (criteria.stepKey() != null) {
			where.append(" and s.step = :step");
			params.addValue("step", criteria.stepKey());
		}
		if (criteria.caseNumber() != null) {
			where.append(" and s.case_number = :caseNumber");
			params.addValue("caseNumber", criteria.caseNumber());
		}
		if (criteria.act() != null) {
			where
				.append(" and exists (select 1 from alleged_act a where a.case_id = c.id and a.violation_code = :act)");
			params.addValue("act", criteria.act().name());
		}
		if (criteria.dueBefore() != null) {
			where.append(" and s.due_at < :dueBefore");
			params.addValue("dueBefore", OffsetDateTime.ofInstant(criteria.dueBefore(), java.time.ZoneOffset.UTC));
		}
		return where.append(" and (").append(holder(criteria.holder(), params)).append(')').toString();
	}

	private static String holder(Holder holder, MapSqlParameterSource params) {
		List<String> any = new ArrayList<>();
		if (holder.assignee() != null) {
			any.add("s.assignee = :assignee");
			params.addValue("assignee", holder.assignee());
		}
		List<String> candidates = new ArrayList<>();
		int i = 0;
		for (String role : (holder.candidateRoles() != null) ? holder.candidateRoles() : List.<String>of()) {
			candidates.add("s.candidate_roles like :role" + i + " escape '\\'");
			params.addValue("role" + i++, member(role));
		}
		if (holder.candidateUser() != null) {
			candidates.add("s.candidate_users like :candidateUser escape '\\'");
			params.addValue("candidateUser", member(holder.candidateUser()));
		}
		if (!candidates.isEmpty()) {
			any.add("(s.assignee is null and (" + String.join(" or ", candidates) + "))");
		}
		return any.isEmpty() ? "1 = 0" : String.join(" or ", any);
	}

	/** A pattern that finds {@code ,id,} in a list written {@code ,a,b,}. */
	private static String member(String id) {
		return "%," + id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ",%";
	}

	private static Instant instant(OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

	/**
	 * An open step.
	 *
	 * @param taskId the engine's task id
	 * @param stepKey task definition key
	 * @param caseNumber its case
	 * @param region its case's region
	 * @param employeeName the reported employee
	 * @param employeeNip his NIP
	 * @param assignee who holds it, or null
	 * @param createdAt when it started
	 * @param dueAt its deadline, or null
	 */
	public record OpenStep(String taskId, String stepKey, String caseNumber, String region, String employeeName,
			String employeeNip, String assignee, Instant createdAt, Instant dueAt) {
	}

}
