package id.pantau.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.pantau.Api;
import id.pantau.CaseWalk;
import id.pantau.TestCalendar;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail notifications through the outbox, received by a real SMTP server (GreenMail on
 * 127.0.0.1, a free port) started and stopped by the test: who gets which mail, that a
 * rolled-back step writes none, that a step completes while the server is down and its
 * mail goes out once it is back, retries and the given-up mail the administrator sees,
 * the daily digest, and two senders on one database sending each mail once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pantau.mail.mode=smtp", "spring.mail.host=127.0.0.1",
				"pantau.mail.base-url=https://pantau.test", "pantau.mail.from=pantau@pemda.example",
				"pantau.mail.max-attempts=3", "pantau.mail.first-retry=1m", "pantau.mail.batch-size=500",
				"pantau.mail.node=node-a" })
@ActiveProfiles({ "local", "test" })
@ExtendWith(OutputCaptureExtension.class)
class MailOutboxIntegrationTests {

	private static final int SMTP_PORT = freePort();

	private static GreenMail smtp = start();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	OutboxSender sender;

	@Autowired
	Digests digests;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MailProperties properties;

	@Autowired
	ObjectProvider<JavaMailSender> mailSender;

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@BeforeEach
	void serverUpAndEmpty() throws Exception {
		if (smtp == null) {
			smtp = start();
		}
		// whatever earlier tests left due goes out first, then the server forgets it
		this.sender.sendDue(Instant.now().plus(Duration.ofDays(1)));
		smtp.purgeEmailFromAllMailboxes();
	}

	@AfterAll
	static void stopServer() {
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void mailsTheRegionsGroupWhenATaskLandsInItsQueueWithCaseNumberStepDeadlineAndLink() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String taskId = walk.taskId("Task_VerifyCase");

		this.sender.sendDue(Instant.now());

		List<MimeMessage> mails = receivedAbout(walk.caseNumber());
		assertThat(mails).extracting(MailOutboxIntegrationTests::to).containsExactly("intake-prob@pantau.example");
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).contains(walk.caseNumber()).contains("Verifikasi laporan");
		assertThat(mail.getFrom()[0].toString()).isEqualTo("pantau@pemda.example");
		String body = GreenMailUtil.getBody(mail);
		assertThat(body).contains(walk.caseNumber())
			.contains("Verifikasi laporan")
			.contains("Tenggat: ")
			.contains("WIB")
			.contains("https://pantau.test/tasks/" + taskId);
		assertThat(this.outbox.latest(null, false, 500)).filteredOn((m) -> walk.caseNumber().equals(m.caseNumber()))
			.extracting(OutboxMail::status, OutboxMail::attempts, OutboxMail::node)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SENT", 1, "node-a"));
	}

	@Test
	void mailsTheAssigneeWhenAnotherGivesHimTheTaskButNotWhenHeTakesItHimself() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "pamekasan");
		String taskId = walk.taskId("Task_VerifyCase");
		assertThat(Api.as(this.rest, "intake-pmk").post("/api/tasks/" + taskId + "/claim").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		this.sender.sendDue(Instant.now());
		assertThat(receivedAbout(walk.caseNumber())).extracting(MimeMessage::getSubject)
			.noneMatch((s) -> s.contains("diserahkan"));

		this.tasks.setAssignee(taskId, "admin");
		this.sender.sendDue(Instant.now());

		assertThat(receivedAbout(walk.caseNumber())).filteredOn((m) -> subject(m).contains("diserahkan"))
			.extracting(MailOutboxIntegrationTests::to)
			.containsExactly("admin@pantau.example");
	}

	@Test
	void writesNoMailForAStepThatIsRolledBack() {
		CaseWalk walk = CaseWalk.registered(this.rest, "buleleng");
		String taskId = walk.taskId("Task_VerifyCase");
		long before = mailsOf(walk.caseNumber());

		this.transactions.executeWithoutResult((tx) -> {
			this.tasks.setAssignee(taskId, "insp1-bll");
			assertThat(mailsOf(walk.caseNumber())).as("written inside the step's transaction").isEqualTo(before + 1);
			tx.setRollbackOnly();
		});

		assertThat(mailsOf(walk.caseNumber())).isEqualTo(before);
		assertThat(this.tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
	}

	@Test
	void completesTheStepWhileTheServerIsDownAndSendsTheMailOnceItIsBack(CapturedOutput output) throws Exception {
		smtp.stop();
		smtp = null;

		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		Instant now = Instant.now();
		this.sender.sendDue(now);

		OutboxMail waiting = only(walk.caseNumber());
		assertThat(waiting.status()).isEqualTo("PENDING");
		assertThat(waiting.attempts()).isEqualTo(1);
		assertThat(waiting.lastError()).isNotBlank();
		assertThat(waiting.nextAttemptAt()).isAfter(now.plus(Duration.ofSeconds(59)));
		assertThat(output).containsOnlyOnce(
				"Mail " + waiting.mailId() + " (TASK_CREATED to user intake-prob) failed on attempt 1 of 3");
		JsonNode failures = Api.as(this.rest, "admin").get("/api/admin/mail?failedOnly=true").getBody();
		assertThat(failures.findValuesAsText("caseNumber")).contains(walk.caseNumber());
		this.sender.sendDue(now);
		assertThat(only(walk.caseNumber()).attempts()).as("not due again before its next attempt").isEqualTo(1);

		smtp = start();
		this.sender.sendDue(now.plus(Duration.ofMinutes(2)));

		assertThat(receivedAbout(walk.caseNumber())).extracting(MailOutboxIntegrationTests::to)
			.containsExactly("intake-prob@pantau.example");
		assertThat(only(walk.caseNumber())).extracting(OutboxMail::status, OutboxMail::attempts)
			.containsExactly("SENT", 2);
	}

	@Test
	void givesUpAfterTheLastAttemptAndShowsTheFailureToTheAdministrator(CapturedOutput output) {
		smtp.stop();
		smtp = null;
		CaseWalk walk = CaseWalk.registered(this.rest, "pamekasan");
		Instant now = Instant.now();

		this.sender.sendDue(now);
		this.sender.sendDue(now.plus(Duration.ofMinutes(2)));
		this.sender.sendDue(now.plus(Duration.ofMinutes(10)));
		this.sender.sendDue(now.plus(Duration.ofDays(1)));

		OutboxMail failed = only(walk.caseNumber());
		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.attempts()).isEqualTo(3);
		assertThat(failed.nextAttemptAt()).isNull();
		assertThat(output).contains(
				"Mail " + failed.mailId() + " (TASK_CREATED to user intake-pmk) failed on attempt 3 of 3, given up");
		JsonNode list = Api.as(this.rest, "admin").get("/api/admin/mail?status=FAILED").getBody();
		assertThat(list.findValuesAsText("caseNumber")).contains(walk.caseNumber());
		assertThat(Api.as(this.rest, "intake-pmk").get("/api/admin/mail").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void sendsOneDailyDigestToUsersWhoChoseIt() throws Exception {
		assertThat(Api.as(this.rest, "hr-bll").put("/api/me/mail", Map.of("digest", true)).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		try {
			CaseWalk first = CaseWalk.decided(this.rest, "buleleng", TestCalendar.today());
			CaseWalk second = CaseWalk.decided(this.rest, "buleleng", TestCalendar.today());
			this.sender.sendDue(Instant.now());
			assertThat(receivedBy("hr-bll@pantau.example")).as("held for the digest").isEmpty();

			assertThat(this.digests.writeDigests(Instant.now())).isEqualTo(1);
			this.sender.sendDue(Instant.now());

			List<MimeMessage> digest = receivedBy("hr-bll@pantau.example");
			assertThat(digest).hasSize(1);
			assertThat(subject(digest.get(0))).startsWith("[Pantau] Ringkasan harian");
			assertThat(GreenMailUtil.getBody(digest.get(0))).contains(first.caseNumber())
				.contains(second.caseNumber())
				.contains("https://pantau.test/tasks/" + first.taskId("Task_DeliverDecision"));
			assertThat(this.digests.writeDigests(Instant.now())).as("nothing held any more").isZero();
		}
		finally {
			Api.as(this.rest, "hr-bll").put("/api/me/mail", Map.of("digest", false));
		}
	}

	@Test
	void mailsHrWhenTheDecisionIsSignedAndTheRoleAtTheReminderAndTheEscalation() throws Exception {
		CaseWalk walk = CaseWalk.decided(this.rest, "probolinggo", TestCalendar.today());
		this.sender.sendDue(Instant.now());
		assertThat(receivedAbout(walk.caseNumber())).filteredOn((m) -> to(m).equals("hr-prob@pantau.example"))
			.extracting(MailOutboxIntegrationTests::subject)
			.anyMatch((s) -> s.contains("keputusan hukuman disiplin ditetapkan"))
			.anyMatch((s) -> s.contains("tugas baru"));

		String deliver = walk.taskId("Task_DeliverDecision");
		String instance = this.tasks.createTaskQuery().taskId(deliver).singleResult().getProcessInstanceId();
		List<Job> timers = this.management.createJobQuery()
			.processInstanceId(instance)
			.timers()
			.orderByJobDuedate()
			.asc()
			.list();
		timers.forEach((timer) -> this.management.executeJob(timer.getId()));
		this.sender.sendDue(Instant.now());

		List<String> later = receivedAbout(walk.caseNumber()).stream().map((m) -> to(m) + " " + subject(m)).toList();
		assertThat(later).anyMatch((s) -> s.startsWith("hr-prob@pantau.example") && s.contains("tenggat"))
			.anyMatch((s) -> s.startsWith("ppk-prob@pantau.example") && s.contains("eskalasi"));
	}

	@Test
	void keepsAMailWithoutAnAddressOutOfTheSenderAndSaysSoInOneInfoLine(CapturedOutput output) {
		id.pantau.identity.PantauUser nobody = new id.pantau.identity.PantauUser("no-mail", "Tanpa Surel",
				java.util.Set.of("intake"), java.util.Set.of("probolinggo"), null);
		String number = "TEST-" + System.nanoTime();

		this.transactions.executeWithoutResult((tx) -> this.mails()
			.send(List.of(nobody), "TASK_CREATED", number, "Task_VerifyCase", "t-1", null, "probolinggo",
					"/tasks/t-1"));
		this.sender.sendDue(Instant.now());

		assertThat(only(number).status()).isEqualTo("NO_ADDRESS");
		assertThat(output).contains("No e-mail address for user no-mail: TASK_CREATED of case " + number);
	}

	@Test
	void twoSendersOnOneDatabaseSendEachMailOnce() throws Exception {
		String number = "TWO-" + System.nanoTime();
		int count = 60;
		this.transactions.executeWithoutResult((tx) -> {
			for (int i = 0; i < count; i++) {
				this.outbox.write(new MailMessage("insp1-prob", "insp1-prob@pantau.example", number + " #" + i,
						"body " + i, "TASK_CREATED", number, null), Outbox.PENDING, Instant.now());
			}
		});
		OutboxSender a = this.sender;
		OutboxSender b = new OutboxSender(this.jdbc, this.outbox, node("node-b"), this.mailSender);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> sent = new ArrayList<>();
			for (OutboxSender s : List.of(a, b)) {
				sent.add(pool.submit(() -> {
					go.await();
					return s.sendDue(Instant.now());
				}));
			}
			go.countDown();
			int total = sent.get(0).get() + sent.get(1).get();

			assertThat(total).isEqualTo(count);
		}
		finally {
			pool.shutdownNow();
		}
		List<String> subjects = receivedAbout(number).stream().map(MailOutboxIntegrationTests::subject).toList();
		assertThat(subjects).hasSize(count).doesNotHaveDuplicates();
		assertThat(this.outbox.latest("SENT", false, 500)).filteredOn((m) -> number.equals(m.caseNumber()))
			.hasSize(count);
	}

	private Mails mails() {
		return new Mails(this.outbox, new MailTexts(null, null, this.properties) {
			@Override
			MailMessage compose(id.pantau.identity.PantauUser user, String kind, String caseNumber, String stepKey,
					String taskId, Instant dueAt, String region, String path) {
				return new MailMessage(user.username(), user.email(), kind, kind, kind, caseNumber, taskId);
			}
		}, new MailPreferences(this.jdbc));
	}

	private MailProperties node(String name) {
		MailProperties p = this.properties;
		return new MailProperties(p.mode(), p.baseUrl(), p.from(), p.sendInterval(), p.batchSize(), p.maxAttempts(),
				p.firstRetry(), p.maxRetry(), p.claimLease(), p.digestCron(), p.digestZone(), name, p.senderEnabled());
	}

	private long mailsOf(String caseNumber) {
		return this.jdbc.sql("select count(*) from mail_outbox where case_number = ?")
			.param(caseNumber)
			.query(Long.class)
			.single();
	}

	private OutboxMail only(String caseNumber) {
		List<OutboxMail> found = this.outbox.latest(null, false, 500)
			.stream()
			.filter((m) -> caseNumber.equals(m.caseNumber()))
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static List<MimeMessage> receivedAbout(String caseNumber) {
		return (smtp == null) ? List.of()
				: Arrays.stream(smtp.getReceivedMessages()).filter((m) -> subject(m).contains(caseNumber)).toList();
	}

	private static List<MimeMessage> receivedBy(String address) {
		return (smtp == null) ? List.of()
				: Arrays.stream(smtp.getReceivedMessages()).filter((m) -> to(m).equals(address)).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String to(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static GreenMail start() {
		GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
