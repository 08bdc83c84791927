package id.pantau.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A row of the step record, for queries only ({@link StepRecord} writes it): the case
 * search filters by open steps with it.
 */
@Entity
@Immutable
@Table(name = "audit_step")
class CaseStep {

	@Id
	@Column(name = "task_id")
	private String taskId;

	@Column(name = "case_number")
	private String caseNumber;

	private String region;

	private String step;

	@Column(name = "due_at")
	private Instant dueAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	protected CaseStep() {
	}

}
