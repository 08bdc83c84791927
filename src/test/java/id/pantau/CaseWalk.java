package id.pantau;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case walked over HTTP to the step a test needs, as the demo users who own each step.
 * Every case has its own reference number and its own NIP, so tests sharing one
 * application context never see each other's cases by accident.
 */
public final class CaseWalk {

	/** Days before today that a walked case was received: room for a past hearing. */
	public static final int RECEIVED_DAYS_AGO = 40;

	private static final AtomicInteger SERIAL = new AtomicInteger();

	private final TestRestTemplate rest;

	private final String region;

	private final String caseNumber;

	private final String nip;

	private CaseWalk(TestRestTemplate rest, String region, String caseNumber, String nip) {
		this.rest = rest;
		this.region = region;
		this.caseNumber = caseNumber;
		this.nip = nip;
	}

	/**
	 * A new case of the region, registered by its intake user, waiting for verification.
	 */
	public static CaseWalk registered(TestRestTemplate rest, String region) {
		return registered(rest, region, TestCalendar.today().minusDays(RECEIVED_DAYS_AGO));
	}

	/** A new case of the region received on the given day, waiting for verification. */
	public static CaseWalk registered(TestRestTemplate rest, String region, LocalDate receivedOn) {
		String nip = uniqueNip();
		ResponseEntity<JsonNode> registered = Api.as(rest, "intake-" + suffix(region))
			.post("/api/cases", registration(region, uniqueReference(), nip, receivedOn));
		assertThat(registered.getStatusCode()).as("register: %s", registered.getBody()).isEqualTo(HttpStatus.CREATED);
		return new CaseWalk(rest, region, registered.getBody().get("caseNumber").asText(), nip);
	}

	/** A walk along a case registered already. */
	public static CaseWalk existing(TestRestTemplate rest, String region, String caseNumber) {
		return new CaseWalk(rest, region, caseNumber, null);
	}

	/** A new case whose examination team is formed: waiting for the first summons. */
	public static CaseWalk teamAssigned(TestRestTemplate rest, String region, String... members) {
		return registered(rest, region).accept().assignTeam(members);
	}

	/** A new case examined by a team of both inspectors: waiting for the report. */
	public static CaseWalk examined(TestRestTemplate rest, String region) {
		String suffix = suffix(region);
		CaseWalk walk = teamAssigned(rest, region, "insp1-" + suffix, "insp2-" + suffix);
		LocalDate issued = TestCalendar.today().minusDays(RECEIVED_DAYS_AGO - 1);
		LocalDate hearing = TestCalendar.workingDaysAfter(issued, 14);
		return walk.summon(issued, hearing.atTime(9, 0)).attend(true).examine(hearing);
	}

	/**
	 * A new case of the employee, received on the day at the election's stage, examined
	 * by a team of both inspectors: waiting for the report.
	 */
	public static CaseWalk examined(TestRestTemplate rest, String region, String nip, LocalDate received,
			String stage) {
		Map<String, Object> request = new java.util.HashMap<>(registration(region, uniqueReference(), nip, received));
		request.put("election", Map.of("type", "PILKADA", "year", 2024, "stage", stage));
		ResponseEntity<JsonNode> registered = Api.as(rest, "intake-" + suffix(region)).post("/api/cases", request);
		assertThat(registered.getStatusCode()).as("register: %s", registered.getBody()).isEqualTo(HttpStatus.CREATED);
		String suffix = suffix(region);
		CaseWalk walk = new CaseWalk(rest, region, registered.getBody().get("caseNumber").asText(), nip).accept()
			.assignTeam("insp1-" + suffix, "insp2-" + suffix);
		LocalDate issued = received.plusDays(1);
		LocalDate hearing = TestCalendar.workingDaysAfter(issued, 14);
		return walk.summon(issued, hearing.atTime(9, 0)).attend(true).examine(hearing);
	}

	/** A new case whose sanction is drafted: waiting for the PPK's decision. */
	public static CaseWalk drafted(TestRestTemplate rest, String region) {
		return examined(rest, region).writeReport(true).review(true).draft();
	}

	/** A team member issues a summons of the given day to a hearing at the given time. */
	public CaseWalk summon(LocalDate issuedOn, LocalDateTime hearingAt) {
		return act("insp1-" + suffix(this.region), "Task_IssueSummons", Map.of("letterNumber", "700/" + this.caseNumber,
				"issuedOn", issuedOn.toString(), "hearingAt", hearingAt.toString(), "place", "Kantor Inspektorat"));
	}

	/** A team member records whether the employee came to the last hearing. */
	public CaseWalk attend(boolean attended) {
		return act("insp1-" + suffix(this.region), "Task_RecordAttendance", Map.of("attended", attended));
	}

	/** A team member records the minutes of the examination held on the given day. */
	public CaseWalk examine(LocalDate examinedOn) {
		return act("insp2-" + suffix(this.region), "Task_ExamineEmployee",
				Map.of("examinedOn", examinedOn.toString(), "summary", "Pegawai mengakui.", "signedByEmployee", true));
	}

	/** The team writes its report: proven (a severe act) or not. */
	public CaseWalk writeReport(boolean proven) {
		Map<String, Object> report = proven
				? Map.of("proven", true, "actsProven", List.of("SOCMED_INTERACT"), "findings", "Terbukti.",
						"legalBasis", "PP 94/2021 Pasal 5 huruf n", "recommendedSanction", "DEMOTION_12_MONTHS")
				: Map.of("proven", false, "findings", "Tidak terbukti.");
		return act("insp1-" + suffix(this.region), "Task_WriteReport", report);
	}

	/** The Inspektur approves the report, or returns it with remarks. */
	public CaseWalk review(boolean approved) {
		return act("inspektur-" + suffix(this.region), "Task_ReviewReport",
				approved ? Map.of("approved", true) : Map.of("approved", false, "remarks", "Lengkapi dasar hukum"));
	}

	/** HR drafts the decision letter with the recommended sanction. */
	public CaseWalk draft() {
		return act("hr-" + suffix(this.region), "Task_DraftDecision",
				Map.of("draftNumber", "800/" + UUID.randomUUID(), "proposedSanction", "DEMOTION_12_MONTHS"));
	}

	/**
	 * A new case whose decision letter was signed on {@code decidedOn}: waiting for its
	 * delivery.
	 */
	public static CaseWalk decided(TestRestTemplate rest, String region, LocalDate decidedOn) {
		return drafted(rest, region).decide(decidedOn);
	}

	/**
	 * A new case whose decision letter was signed on {@code decidedOn} and delivered on
	 * {@code deliveredOn}: in the appeal window.
	 */
	public static CaseWalk delivered(TestRestTemplate rest, String region, LocalDate decidedOn, LocalDate deliveredOn) {
		return decided(rest, region, decidedOn).deliver(deliveredOn);
	}

	/** The PPK approves the drafted sanction, signed on the given day. */
	public CaseWalk decide(LocalDate decidedOn) {
		return act("ppk-" + suffix(this.region), "Task_DecideSanction", Map.of("outcome", "APPROVE", "decreeNumber",
				"SK-800/" + UUID.randomUUID(), "decidedOn", decidedOn.toString()));
	}

	/** HR records the delivery of the decision letter on the given day. */
	public CaseWalk deliver(LocalDate deliveredOn) {
		return act("hr-" + suffix(this.region), "Task_DeliverDecision",
				Map.of("deliveredOn", deliveredOn.toString(), "method", "IN_PERSON"));
	}

	/** Intake accepts the report: waiting for the team. */
	public CaseWalk accept() {
		return act("intake-" + suffix(this.region), "Task_VerifyCase", Map.of("outcome", "ACCEPTED"));
	}

	/** The Inspektur forms the team of the given inspectors. */
	public CaseWalk assignTeam(String... members) {
		return act("inspektur-" + suffix(this.region), "Task_AssignTeam",
				Map.of("members", List.of(members), "examinationBoard", false));
	}

	/** Claims and completes the step as the user, asserting both succeed. */
	public CaseWalk act(String user, String step, Map<String, ?> payload) {
		String taskId = taskId(step);
		Api api = Api.as(this.rest, user);
		ResponseEntity<JsonNode> claimed = api.post("/api/tasks/" + taskId + "/claim");
		assertThat(claimed.getStatusCode()).as("claim %s: %s", step, claimed.getBody()).isEqualTo(HttpStatus.OK);
		ResponseEntity<JsonNode> completed = api.post("/api/tasks/" + taskId + "/complete", payload);
		assertThat(completed.getStatusCode()).as("complete %s: %s", step, completed.getBody()).isEqualTo(HttpStatus.OK);
		return this;
	}

	/** The user uploads a small PDF as a document of the case; answers its file id. */
	public long uploadDocument(String user, String fileName) {
		HttpHeaders part = new HttpHeaders();
		part.setContentType(MediaType.APPLICATION_PDF);
		LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new HttpEntity<>(
				new ByteArrayResource("%PDF-1.4\n% surat pernyataan\n%%EOF".getBytes(StandardCharsets.US_ASCII)) {
					@Override
					public String getFilename() {
						return fileName;
					}
				}, part));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<JsonNode> stored = this.rest.withBasicAuth(user, Api.DEMO_PASSWORD)
			.exchange("/api/cases/" + this.caseNumber + "/files", HttpMethod.POST, new HttpEntity<>(body, headers),
					JsonNode.class);
		assertThat(stored.getStatusCode()).as("upload: %s", stored.getBody()).isEqualTo(HttpStatus.CREATED);
		return stored.getBody().get("fileId").asLong();
	}

	public String caseNumber() {
		return this.caseNumber;
	}

	public String nip() {
		return this.nip;
	}

	/**
	 * The case as the auditor sees it (Buleleng's cases, outside the demo auditor's
	 * regions, as its intake sees them).
	 */
	public JsonNode view() {
		String reader = "buleleng".equals(this.region) ? "intake-bll" : "auditor";
		ResponseEntity<JsonNode> found = Api.as(this.rest, reader).get("/api/cases/" + this.caseNumber);
		assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
		return found.getBody();
	}

	/** The task definition keys of the open steps. */
	public List<String> steps() {
		List<String> steps = new ArrayList<>();
		view().get("currentSteps").forEach((s) -> steps.add(s.get("stepKey").asText()));
		return steps;
	}

	/** The open step, as {@code currentSteps} shows it. */
	public JsonNode step(String step) {
		JsonNode current = view().get("currentSteps");
		for (JsonNode s : current) {
			if (step.equals(s.get("stepKey").asText())) {
				return s;
			}
		}
		throw new AssertionError("Case " + this.caseNumber + " is not at " + step + " but at " + current);
	}

	public String taskId(String step) {
		return step(step).get("taskId").asText();
	}

	/** Who holds the open step, or null. */
	public String assignee(String step) {
		JsonNode assignee = step(step).get("assignee");
		return (assignee != null && !assignee.isNull()) ? assignee.asText() : null;
	}

	/** A complete, valid registration received {@link #RECEIVED_DAYS_AGO} days ago. */
	public static Map<String, Object> registration(String region, String reference, String nip) {
		return registration(region, reference, nip, TestCalendar.today().minusDays(RECEIVED_DAYS_AGO));
	}

	/** A complete, valid registration received on the given day. */
	public static Map<String, Object> registration(String region, String reference, String nip, LocalDate received) {
		Map<String, Object> registration = CaseFixture.withEmployee(CaseFixture.registration(region, reference), "nip",
				nip);
		registration.put("receivedOn", received.toString());
		registration.put("referenceDate", received.minusDays(2).toString());
		return registration;
	}

	/** A reference number no other case of the test run has. */
	public static String uniqueReference() {
		return "B-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "/WEB/2024";
	}

	/**
	 * A plausible NIP no other case of the test run has: born 1985, appointed January
	 * 2010, male, with its own birth day and serial.
	 */
	public static String uniqueNip() {
		int n = SERIAL.getAndIncrement();
		int serial = 101 + n % 800;
		int day = 1 + (n / 800) % 28;
		int month = 1 + (n / (800 * 28)) % 12;
		return "1985%02d%02d2010011%03d".formatted(month, day, serial);
	}

	/** The suffix of the region's demo users. */
	public static String suffix(String region) {
		return switch (region) {
			case "probolinggo" -> "prob";
			case "pamekasan" -> "pmk";
			case "buleleng" -> "bll";
			default -> throw new IllegalArgumentException("No demo users in " + region);
		};
	}

}
