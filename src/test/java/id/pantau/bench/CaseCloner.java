package id.pantau.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.pantau.audit.AuditChainForBench;
import id.pantau.intake.ReferenceKeysForBench;

/**
 * Copies real cases with SQL: every row a case left in Pantau's tables and in the
 * engine's runtime and history tables (found through the case's number, id, process
 * instances, tasks and decision instances) is written again for a new case, with new
 * engine ids, a new case number, id, region and reference number, every moment shifted by
 * the same number of days, and its audit entries appended to the hash chain. The copies
 * are what Pantau and the engine would have written for the same steps on another day in
 * another region, without paying for the engine's work 100,000 times.
 */
final class CaseCloner {

	/** Engine tables and the column that ties their rows to a case's instances. */
	private static final List<String[]> ENGINE = List.of(new String[] { "ACT_GE_BYTEARRAY", "ROOT_PROC_INST_ID_", "P" },
			new String[] { "ACT_RU_EXECUTION", "PROC_INST_ID_", "P" },
			new String[] { "ACT_RU_TASK", "PROC_INST_ID_", "P" },
			new String[] { "ACT_RU_IDENTITYLINK", "TASK_ID_", "T" },
			new String[] { "ACT_RU_VARIABLE", "PROC_INST_ID_", "P" },
			new String[] { "ACT_RU_JOB", "PROCESS_INSTANCE_ID_", "P" },
			new String[] { "ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_", "P" },
			new String[] { "ACT_RU_INCIDENT", "PROC_INST_ID_", "P" },
			new String[] { "ACT_HI_PROCINST", "PROC_INST_ID_", "P" },
			new String[] { "ACT_HI_ACTINST", "PROC_INST_ID_", "P" },
			new String[] { "ACT_HI_TASKINST", "PROC_INST_ID_", "P" },
			new String[] { "ACT_HI_VARINST", "PROC_INST_ID_", "P" },
			new String[] { "ACT_HI_DETAIL", "PROC_INST_ID_", "P" },
			new String[] { "ACT_HI_IDENTITYLINK", "ROOT_PROC_INST_ID_", "P" },
			new String[] { "ACT_HI_OP_LOG", "ROOT_PROC_INST_ID_", "P" },
			new String[] { "ACT_HI_JOB_LOG", "ROOT_PROC_INST_ID_", "P" },
			new String[] { "ACT_HI_INCIDENT", "PROC_INST_ID_", "P" },
			new String[] { "ACT_HI_DECINST", "ROOT_PROC_INST_ID_", "P" },
			new String[] { "ACT_HI_DEC_IN", "DEC_INST_ID_", "D" },
			new String[] { "ACT_HI_DEC_OUT", "DEC_INST_ID_", "D" },
			new String[] { "ACT_HI_COMMENT", "PROC_INST_ID_", "P" },
			new String[] { "ACT_HI_ATTACHMENT", "PROC_INST_ID_", "P" });

	/** Pantau's tables by their case id, in an order that respects their references. */
	private static final List<String> BY_CASE_ID = List.of("alleged_act", "case_rule_version",
			"sanction_recommendation", "examination_team_member", "summons", "examination_minutes",
			"examination_report", "sanction_decision", "not_proven_notice", "appeal", "follow_up_report");

	/** Pantau's tables whose rows have a generated id of their own. */
	private static final Set<String> WITH_ID = Set.of("NEUTRALITY_CASE", "SANCTION_RECOMMENDATION",
			"EXAMINATION_TEAM_MEMBER", "SUMMONS", "EXAMINATION_MINUTES", "EXAMINATION_REPORT", "SANCTION_DECISION",
			"NOT_PROVEN_NOTICE", "APPEAL", "FOLLOW_UP_REPORT", "NOTIFICATION");

	private final Connection db;

	private final BenchDatabase database;

	private final Map<String, Long> lastIds = new HashMap<>();

	private final Map<String, PreparedStatement> inserts = new LinkedHashMap<>();

	private long auditSeq;

	private String auditHash;

	CaseCloner(Connection db, BenchDatabase database) throws SQLException {
		this.db = db;
		this.database = database;
		for (String table : WITH_ID) {
			this.lastIds.put(table, BenchDatabase.count(db, "select coalesce(max(id), 0) from " + table));
		}
		try (Statement statement = db.createStatement();
				ResultSet head = statement
					.executeQuery("select last_seq, last_hash from audit_chain_head where id = 1")) {
			head.next();
			this.auditSeq = head.getLong(1);
			this.auditHash = head.getString(2);
		}
	}

	/** Every row the case left, by table, in insertion order. */
	Template template(String caseNumber) throws SQLException {
		Map<String, List<Row>> rows = new LinkedHashMap<>();
		List<Row> cases = select("select * from neutrality_case where case_number = ?", caseNumber);
		if (cases.size() != 1) {
			throw new IllegalStateException("No case " + caseNumber);
		}
		Row theCase = cases.get(0);
		long caseId = ((Number) theCase.get("ID")).longValue();
		String region = (String) theCase.get("REGION_CODE");
		Set<String> instances = ids("select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ?", List.of(caseNumber));
		Set<String> tasks = ids("select ID_ from ACT_HI_TASKINST where PROC_INST_ID_ in (%s)", instances);
		Set<String> decisions = ids("select ID_ from ACT_HI_DECINST where ROOT_PROC_INST_ID_ in (%s)", instances);
		rows.put("NEUTRALITY_CASE", cases);
		List<Long> reports = new ArrayList<>();
		for (String table : BY_CASE_ID) {
			List<Row> found = select("select * from " + table + " where case_id = ?", caseId);
			rows.put(table.toUpperCase(Locale.ROOT), found);
			if (table.equals("examination_report")) {
				found.forEach((r) -> reports.add(((Number) r.get("ID")).longValue()));
			}
		}
		rows.put("EXAMINATION_REPORT_ACT", in("examination_report_act", "report_id",
				reports.stream().map(String::valueOf).collect(Collectors.toSet()), false));
		rows.put("NOTIFICATION", select("select * from notification where case_number = ?", caseNumber));
		rows.put("AUDIT_STEP", select("select * from audit_step where case_number = ?", caseNumber));
		rows.put("OVERSIGHT_CASE", select("select * from oversight_case where case_number = ?", caseNumber));
		rows.put("OVERSIGHT_STEP", select("select * from oversight_step where case_number = ?", caseNumber));
		Map<String, Set<String>> keys = Map.of("P", instances, "T", tasks, "D", decisions);
		Set<String> engineIds = new LinkedHashSet<>(instances);
		engineIds.addAll(tasks);
		for (String[] table : ENGINE) {
			List<Row> found = in(table[0], table[1], keys.get(table[2]), true);
			rows.put(table[0], found);
			found.forEach((r) -> {
				if (r.get("ID_") instanceof String id) {
					engineIds.add(id);
				}
			});
		}
		rows.put("AUDIT_LOG", select("select * from audit_log where case_number = ? order by seq", caseNumber));
		return new Template(caseNumber, caseId, region, rows, engineIds);
	}

	/**
	 * Writes one copy of the template (batched; {@link #flush} writes the batch).
	 * @param copy what changes
	 */
	void copy(Template template, Copy copy) throws SQLException {
		Map<String, String> engineIds = new HashMap<>();
		template.engineIds().forEach((id) -> engineIds.put(id, UUID.randomUUID().toString()));
		long caseId = nextId("NEUTRALITY_CASE");
		Map<Long, Long> reports = new HashMap<>();
		Rewrite rewrite = new Rewrite(template, copy, engineIds);
		for (Map.Entry<String, List<Row>> table : template.rows().entrySet()) {
			String name = table.getKey();
			for (Row row : table.getValue()) {
				Object[] values = new Object[row.values().length];
				for (int i = 0; i < values.length; i++) {
					values[i] = rewrite.value(row.columns().get(i), row.values()[i]);
				}
				Row out = new Row(row.columns(), values, row.types());
				pantau(name, row, out, caseId, reports, template, copy);
				engine(name, out, template, caseId, copy);
				if (name.equals("AUDIT_LOG")) {
					chain(out);
				}
				insert(name, out);
			}
		}
	}

	/** Writes the batched copies and the chain head, and commits. */
	void flush() throws SQLException {
		for (PreparedStatement insert : this.inserts.values()) {
			insert.executeBatch();
		}
		try (PreparedStatement head = this.db
			.prepareStatement("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")) {
			head.setLong(1, this.auditSeq);
			head.setString(2, this.auditHash);
			head.executeUpdate();
		}
		this.db.commit();
	}

	/** After the last copy: identities continue above the copies. */
	void finish() throws SQLException {
		flush();
		for (PreparedStatement insert : this.inserts.values()) {
			insert.close();
		}
		for (Map.Entry<String, Long> last : this.lastIds.entrySet()) {
			this.database.restartIdentity(this.db, last.getKey().toLowerCase(Locale.ROOT), last.getValue());
		}
		this.db.commit();
	}

	private void pantau(String table, Row template, Row out, long caseId, Map<Long, Long> reports, Template t,
			Copy copy) {
		if (WITH_ID.contains(table)) {
			long id = table.equals("NEUTRALITY_CASE") ? caseId : nextId(table);
			if (table.equals("EXAMINATION_REPORT")) {
				reports.put(((Number) template.get("ID")).longValue(), id);
			}
			out.set("ID", id);
		}
		out.setIfPresent("CASE_ID", caseId);
		if (table.equals("EXAMINATION_REPORT_ACT")) {
			out.set("REPORT_ID", reports.get(((Number) template.get("REPORT_ID")).longValue()));
		}
		if (table.equals("NEUTRALITY_CASE")) {
			String reference = "B-" + copy.serial() + "/" + copy.caseNumber();
			out.set("REFERENCE_NUMBER", reference);
			out.set("REFERENCE_KEY", ReferenceKeysForBench.of(reference));
			out.set("VERSION", 0L);
		}
		if (table.equals("OVERSIGHT_CASE")) {
			out.set("REFERENCE_NUMBER", "B-" + copy.serial() + "/" + copy.caseNumber());
		}
		if (copy.assignee() != null && table.equals("AUDIT_STEP") && out.get("ENDED_AT") == null) {
			out.set("ASSIGNEE", copy.assignee());
		}
	}

	private void engine(String table, Row out, Template t, long caseId, Copy copy) {
		Object name = out.get("NAME_");
		if ("caseId".equals(name) && out.columns().contains("LONG_")) {
			out.set("LONG_", caseId);
			if (out.columns().contains("TEXT_") && out.get("TEXT_") != null) {
				out.set("TEXT_", String.valueOf(caseId));
			}
		}
		if (copy.assignee() != null && out.get("END_TIME_") == null
				&& (table.equals("ACT_RU_TASK") || table.equals("ACT_HI_TASKINST"))) {
			out.set("ASSIGNEE_", copy.assignee());
		}
	}

	private void chain(Row out) {
		long seq = ++this.auditSeq;
		Instant at = instant(out.get("RECORDED_AT"));
		String hash = AuditChainForBench.hash(this.auditHash, seq, at, (String) out.get("ACTOR"),
				(String) out.get("ACTOR_ROLES"), (String) out.get("REGION"), (String) out.get("CASE_NUMBER"),
				(String) out.get("ACTION"), (String) out.get("SUBJECT"), (String) out.get("DETAIL"),
				(String) out.get("REASON"));
		out.set("SEQ", seq);
		out.set("PREV_HASH", this.auditHash);
		out.set("HASH", hash);
		this.auditHash = hash;
	}

	private static Instant instant(Object value) {
		if (value instanceof OffsetDateTime at) {
			return at.toInstant();
		}
		if (value instanceof Timestamp at) {
			return at.toInstant();
		}
		throw new IllegalStateException("not a moment: " + value);
	}

	private long nextId(String table) {
		return this.lastIds.merge(table, 1L, Long::sum);
	}

	private void insert(String table, Row row) throws SQLException {
		PreparedStatement insert = this.inserts.get(table);
		if (insert == null) {
			String sql = "insert into " + table.toLowerCase(Locale.ROOT) + " (" + String.join(", ", row.columns())
					+ ") values (" + row.columns().stream().map((c) -> "?").collect(Collectors.joining(", ")) + ")";
			insert = this.db.prepareStatement(sql);
			this.inserts.put(table, insert);
		}
		for (int i = 0; i < row.values().length; i++) {
			if (row.values()[i] == null) {
				insert.setNull(i + 1, row.types()[i]);
			}
			else {
				insert.setObject(i + 1, row.values()[i]);
			}
		}
		insert.addBatch();
	}

	private Set<String> ids(String sql, Collection<String> keys) throws SQLException {
		if (keys.isEmpty()) {
			return Set.of();
		}
		String query = sql.contains("%s") ? sql.formatted(placeholders(keys.size())) : sql;
		Set<String> ids = new LinkedHashSet<>();
		try (PreparedStatement statement = this.db.prepareStatement(query)) {
			int i = 1;
			for (String key : keys) {
				statement.setString(i++, key);
			}
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getString(1));
				}
			}
		}
		return ids;
	}

	private List<Row> in(String table, String column, Set<String> keys, boolean strings) throws SQLException {
		if (keys.isEmpty()) {
			return List.of();
		}
		String sql = "select * from " + table + " where " + column + " in (" + placeholders(keys.size()) + ")";
		try (PreparedStatement statement = this.db.prepareStatement(sql)) {
			int i = 1;
			for (String key : keys) {
				if (strings) {
					statement.setString(i++, key);
				}
				else {
					statement.setLong(i++, Long.parseLong(key));
				}
			}
			return rows(statement);
		}
	}

	private List<Row> select(String sql, Object parameter) throws SQLException {
		try (PreparedStatement statement = this.db.prepareStatement(sql)) {
			statement.setObject(1, parameter);
			return rows(statement);
		}
	}

	private static List<Row> rows(PreparedStatement statement) throws SQLException {
		List<Row> rows = new ArrayList<>();
		try (ResultSet rs = statement.executeQuery()) {
			ResultSetMetaData meta = rs.getMetaData();
			List<String> columns = new ArrayList<>();
			int[] types = new int[meta.getColumnCount()];
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				columns.add(meta.getColumnName(i).toUpperCase(Locale.ROOT));
				types[i - 1] = meta.getColumnType(i);
			}
			while (rs.next()) {
				Object[] values = new Object[columns.size()];
				for (int i = 0; i < values.length; i++) {
					values[i] = plain(rs.getObject(i + 1));
				}
				rows.add(new Row(columns, values, types));
			}
		}
		return rows;
	}

	/** Large objects read into memory, so that they can be written again. */
	private static Object plain(Object value) throws SQLException {
		if (value instanceof Clob clob) {
			try (Reader reader = clob.getCharacterStream()) {
				StringBuilder text = new StringBuilder();
				char[] buffer = new char[8192];
				for (int n; (n = reader.read(buffer)) > 0;) {
					text.append(buffer, 0, n);
				}
				return text.toString();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (value instanceof Blob blob) {
			return blob.getBytes(1, (int) blob.length());
		}
		return value;
	}

	private static String placeholders(int n) {
		return String.join(", ", java.util.Collections.nCopies(n, "?"));
	}

	/**
	 * A case as rows of every table.
	 *
	 * @param caseNumber its number
	 * @param caseId its id
	 * @param region its region
	 * @param rows by table (upper case), in insertion order
	 * @param engineIds the ids of its engine rows, each replaced in a copy
	 */
	record Template(String caseNumber, long caseId, String region, Map<String, List<Row>> rows, Set<String> engineIds) {

		long rowCount(String prefix) {
			return this.rows.entrySet()
				.stream()
				.filter((e) -> e.getKey().startsWith(prefix))
				.mapToLong((e) -> e.getValue().size())
				.sum();
		}

	}

	/**
	 * What a copy changes.
	 *
	 * @param serial a number of its own, for its reference number
	 * @param caseNumber its case number
	 * @param region its region
	 * @param shift how far every moment moves (negative: into the past)
	 * @param assignee who holds its open steps, or null for no one
	 */
	record Copy(long serial, String caseNumber, String region, Duration shift, String assignee) {
	}

	/** One row: its columns (upper case), values and JDBC types. */
	record Row(List<String> columns, Object[] values, int[] types) {

		Object get(String column) {
			int i = this.columns.indexOf(column);
			return (i >= 0) ? this.values[i] : null;
		}

		void set(String column, Object value) {
			int i = this.columns.indexOf(column);
			if (i < 0) {
				throw new IllegalArgumentException("no column " + column + " in " + this.columns);
			}
			this.values[i] = value;
		}

		void setIfPresent(String column, Object value) {
			if (this.columns.contains(column)) {
				set(column, value);
			}
		}

	}

	/** How one value of the template becomes the copy's. */
	private record Rewrite(Template template, Copy copy, Map<String, String> engineIds) {

		Object value(String column, Object value) {
			if (value instanceof String text) {
				return text(text);
			}
			if (value instanceof Timestamp at) {
				return Timestamp.from(at.toInstant().plus(this.copy.shift()));
			}
			if (value instanceof OffsetDateTime at) {
				return at.plus(this.copy.shift()).withOffsetSameInstant(ZoneOffset.UTC);
			}
			if (value instanceof LocalDateTime at) {
				return at.plus(this.copy.shift());
			}
			if (value instanceof java.sql.Date day) {
				return java.sql.Date.valueOf(day.toLocalDate().plusDays(this.copy.shift().toDays()));
			}
			if (value instanceof LocalDate day) {
				return day.plusDays(this.copy.shift().toDays());
			}
			return value;
		}

		private String text(String text) {
			String id = this.engineIds.get(text);
			if (id != null) {
				return id;
			}
			if (text.equals(this.template.caseNumber())) {
				return this.copy.caseNumber();
			}
			if (text.equals(this.template.region())) {
				return this.copy.region();
			}
			if (text.length() < 36) {
				return text;
			}
			String rewritten = text.replace(this.template.caseNumber(), this.copy.caseNumber());
			for (Map.Entry<String, String> engine : this.engineIds.entrySet()) {
				if (rewritten.contains(engine.getKey())) {
					rewritten = rewritten.replace(engine.getKey(), engine.getValue());
				}
			}
			return rewritten;
		}

	}

}
