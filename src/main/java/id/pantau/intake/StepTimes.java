package id.pantau.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The times of the steps of a case (started, due, ended), read from the step record for
 * the modules that show or judge them (the timeline's missed deadlines). The caller has
 * checked that the reader may see the case.
 */
@Component
public class StepTimes {

	static final String COLUMNS = "task_id, case_number, region, step, created_at, due_at, ended_at";

	private final JdbcClient jdbc;

	StepTimes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every step of the case, in the order they started. */
	public List<StepTime> ofCase(String caseNumber) {
		return this.jdbc
			.sql("select " + COLUMNS + " from audit_step where case_number = ? order by created_at, task_id")
			.param(caseNumber)
			.query(StepTimes::row)
			.list();
	}

	Optional<StepTime> ofTask(String taskId) {
		return this.jdbc.sql("select " + COLUMNS + " from audit_step where task_id = ?")
			.param(taskId)
			.query(StepTimes::row)
			.optional();
	}

	private static StepTime row(ResultSet rs, int n) throws SQLException {
		return new StepTime(rs.getString("task_id"), rs.getString("case_number"), rs.getString("region"),
				rs.getString("step"), instant(rs.getObject("created_at", OffsetDateTime.class)),
				instant(rs.getObject("due_at", OffsetDateTime.class)),
				instant(rs.getObject("ended_at", OffsetDateTime.class)));
	}

	private static Instant instant(OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

}
