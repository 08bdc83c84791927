package id.pantau.shared;

/**
 * Names shared between the BPMN models in {@code processes/} and the code: process keys,
 * task ids, variables and routing values. The models are the source of truth; this class
 * must match them (checked by {@code ProcessModelTests}).
 */
public final class NeutralityCaseProcess {

	/** Main route of a case, {@code processes/case/neutrality-case.bpmn}. */
	public static final String KEY = "NeutralityCaseProcess";

	/** Investigation sub-route, {@code processes/investigation/investigation.bpmn}. */
	public static final String INVESTIGATION_KEY = "InvestigationProcess";

	/** Appeal window sub-route, {@code processes/sanction/appeal-window.bpmn}. */
	public static final String APPEAL_KEY = "AppealWindowProcess";

	private NeutralityCaseProcess() {
	}

	/** User task ids (task definition keys). */
	public static final class Tasks {

		public static final String VERIFY_CASE = "Task_VerifyCase";

		public static final String AWAIT_COMPLETION = "Task_AwaitCompletion";

		public static final String ASSIGN_TEAM = "Task_AssignTeam";

		public static final String ISSUE_SUMMONS = "Task_IssueSummons";

		public static final String RECORD_ATTENDANCE = "Task_RecordAttendance";

		public static final String EXAMINE_EMPLOYEE = "Task_ExamineEmployee";

		public static final String WRITE_REPORT = "Task_WriteReport";

		public static final String REVIEW_REPORT = "Task_ReviewReport";

		public static final String ISSUE_NOT_PROVEN_NOTICE = "Task_IssueNotProvenNotice";

		public static final String DRAFT_DECISION = "Task_DraftDecision";

		public static final String DECIDE_SANCTION = "Task_DecideSanction";

		public static final String DELIVER_DECISION = "Task_DeliverDecision";

		public static final String RECORD_APPEAL = "Task_RecordAppeal";

		/** The PPK decides an objection (keberatan). */
		public static final String DECIDE_OBJECTION = "Task_DecideObjection";

		/** HR records BPASN's ruling on an administrative appeal (banding). */
		public static final String RECORD_APPEAL_RULING = "Task_RecordAppealRuling";

		public static final String REPORT_FOLLOW_UP = "Task_ReportFollowUp";

		private Tasks() {
		}

	}

	/** Process variables: ids and routing outcomes only, never business data. */
	public static final class Variables {

		/** Long: primary key of the case row. */
		public static final String CASE_ID = "caseId";

		/** String: region code, also the Camunda tenant id. */
		public static final String REGION = "region";

		/** String: ACCEPTED, NOT_OUR_AUTHORITY, EMPLOYEE_LEFT_SERVICE, INCOMPLETE. */
		public static final String VERIFICATION_OUTCOME = "verificationOutcome";

		/**
		 * String: comma-separated user names of the examination team (candidate users).
		 */
		public static final String TEAM_MEMBERS = "teamMembers";

		/** Integer: number of the summons issued last (1 or 2). */
		public static final String SUMMONS_ROUND = "summonsRound";

		/** Boolean: did the employee attend the hearing of the last summons. */
		public static final String ATTENDED = "attended";

		/** Boolean: finding of the examination report. */
		public static final String PROVEN = "proven";

		/** Boolean: did the Inspektur approve the report. */
		public static final String REPORT_APPROVED = "reportApproved";

		/** String: APPROVE, CHANGE, REJECT. */
		public static final String DECISION_OUTCOME = "decisionOutcome";

		/**
		 * Boolean: an appeal was filed in the window (false: the employee accepted the
		 * decision in writing, the window closes early).
		 */
		public static final String APPEAL_FILED = "appealFiled";

		/** String: OBJECTION or ADMINISTRATIVE_APPEAL. */
		public static final String APPEAL_TYPE = "appealType";

		/** String: UPHELD, CHANGED, REVOKED. */
		public static final String APPEAL_OUTCOME = "appealOutcome";

		private Variables() {
		}

	}

	/** Candidate groups (roles). */
	public static final class Groups {

		public static final String INTAKE = "intake";

		public static final String INSPECTOR = "inspector";

		public static final String CHIEF_INSPECTOR = "chief-inspector";

		public static final String HR = "hr";

		public static final String PPK = "ppk";

		public static final String AUDITOR = "auditor";

		public static final String ADMIN = "admin";

		private Groups() {
		}

	}

}
