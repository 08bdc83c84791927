package id.pantau.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cases the measurements read (picked from the database before Pantau starts on it),
 * the benchmark's users, and the engine's copy of the main model that the engine's own
 * process start is measured with.
 */
final class BenchData {

	/**
	 * The main model deployed again under this key, for the engine's own process start.
	 */
	static final String ENGINE_PROCESS = "BenchCaseProcess";

	/**
	 * A closed case.
	 *
	 * @param caseNumber its number
	 * @param rootInstance the id of its main process instance
	 */
	record ClosedCase(String caseNumber, String rootInstance) {
	}

	private final List<String> openCases;

	private final List<ClosedCase> closedCases;

	private final Map<Integer, Long> caseIds;

	private BenchData(List<String> openCases, List<ClosedCase> closedCases, Map<Integer, Long> caseIds) {
		this.openCases = openCases;
		this.closedCases = closedCases;
		this.caseIds = caseIds;
	}

	static BenchData load(Connection db, int readerRegions) throws SQLException {
		List<String> regions = new ArrayList<>();
		for (int r = 1; r <= readerRegions; r++) {
			regions.add(BenchSeed.region(r));
		}
		String in = String.join(", ", regions.stream().map((r) -> "'" + r + "'").toList());
		List<String> open = new ArrayList<>();
		query(db, "select case_number from neutrality_case where status = 'OPEN' and region_code in (" + in
				+ ") order by id", (rs) -> open.add(rs.getString(1)));
		List<ClosedCase> closed = new ArrayList<>();
		query(db,
				"select c.case_number, p.ID_ from neutrality_case c join ACT_HI_PROCINST p "
						+ "on p.BUSINESS_KEY_ = c.case_number and p.SUPER_PROCESS_INSTANCE_ID_ is null "
						+ "where c.status = 'CLOSED' and c.region_code in (" + in + ") order by c.id",
				(rs) -> closed.add(new ClosedCase(rs.getString(1), rs.getString(2))));
		Map<Integer, Long> ids = new HashMap<>();
		for (int r = 1; r <= 8; r++) {
			int region = r;
			query(db, "select min(id) from neutrality_case where region_code = '" + BenchSeed.region(r) + "'",
					(rs) -> ids.put(region, rs.getLong(1)));
		}
		if (open.isEmpty() || closed.isEmpty()) {
			throw new IllegalStateException("no cases to read in the first " + readerRegions + " regions");
		}
		java.util.Collections.shuffle(open, new java.util.Random(16));
		return new BenchData(open, closed, ids);
	}

	String openCase(int i) {
		return this.openCases.get(i % this.openCases.size());
	}

	ClosedCase closedCase(int i) {
		return this.closedCases.get(i % this.closedCases.size());
	}

	long caseId(int region) {
		return this.caseIds.get(region);
	}

	int openCases() {
		return this.openCases.size();
	}

	int closedCases() {
		return this.closedCases.size();
	}

	/**
	 * The users of the benchmark (local logins, the demo password): the administrator, an
	 * intake user in each of the first eight regions, a province-level intake user and a
	 * reader (HR) of the first 20 regions.
	 */
	static String usersYaml(int readerRegions) {
		StringBuilder yaml = new StringBuilder("pantau:\n  identity:\n    users:\n");
		yaml.append(
				"      - { username: admin, name: Admin Pantau, roles: [admin], regions: [probolinggo, pamekasan] }\n");
		for (int r = 1; r <= 8; r++) {
			yaml.append("      - { username: %s, name: Petugas %03d, roles: [intake], regions: [%s] }\n"
				.formatted(BenchSeed.intakeUser(r), r, BenchSeed.region(r)));
		}
		List<String> regions = new ArrayList<>();
		for (int r = 1; r <= readerRegions; r++) {
			regions.add(BenchSeed.region(r));
		}
		yaml.append("      - { username: %s, name: Petugas Provinsi, roles: [intake], regions: [%s] }\n"
			.formatted(Measurements.PROVINCE, String.join(", ", regions)));
		yaml.append("      - { username: %s, name: BKPSDM Provinsi, roles: [hr], regions: [%s] }\n"
			.formatted(Measurements.READER, String.join(", ", regions)));
		return yaml.toString();
	}

	/**
	 * Deploys the main model again under {@link #ENGINE_PROCESS} through Camunda's REST
	 * API (Pantau runs with {@code pantau.engine.rest-deployments=true} for this).
	 */
	static void deployEngineCopy(Http http) {
		String model;
		try (InputStream in = BenchData.class.getResourceAsStream("/processes/case/neutrality-case.bpmn")) {
			model = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"NeutralityCaseProcess\"",
					"\"" + ENGINE_PROCESS + "\"");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String boundary = "bench" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench\r\n"
				+ "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"bench-case.bpmn\"\r\n"
				+ "Content-Type: application/xml\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
		HttpRequest deploy = HttpRequest
			.newBuilder(http.get(Measurements.ADMIN, "/engine-rest/deployment/create").uri())
			.header("Authorization",
					http.get(Measurements.ADMIN, "/").headers().firstValue("Authorization").orElseThrow())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		int before = http.errors();
		http.send(deploy);
		if (http.errors() > before) {
			throw new IllegalStateException("cannot deploy the engine's copy: " + http.firstError());
		}
	}

	private static void query(Connection db, String sql, RowHandler handler) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				handler.handle(rs);
			}
		}
	}

	@FunctionalInterface
	private interface RowHandler {

		void handle(ResultSet rs) throws SQLException;

	}

}
