package id.pantau.investigation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An inspector on the examination team of a case. */
@Entity
@Table(name = "examination_team_member")
class TeamMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private String username;

	private boolean examinationBoard;

	private String superiorName;

	private String assignedBy;

	private Instant assignedAt;

	protected TeamMember() {
	}

	TeamMember(long caseId, String username, boolean examinationBoard, String superiorName, String assignedBy,
			Instant assignedAt) {
		this.caseId = caseId;
		this.username = username;
		this.examinationBoard = examinationBoard;
		this.superiorName = superiorName;
		this.assignedBy = assignedBy;
		this.assignedAt = assignedAt;
	}

	String username() {
		return this.username;
	}

	boolean examinationBoard() {
		return this.examinationBoard;
	}

	String superiorName() {
		return this.superiorName;
	}

	String assignedBy() {
		return this.assignedBy;
	}

	Instant assignedAt() {
		return this.assignedAt;
	}

}
