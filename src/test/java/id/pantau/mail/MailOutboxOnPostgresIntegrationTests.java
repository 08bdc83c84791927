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

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.pantau.PostgresServer;
import jakarta.mail.internet.MimeMessage;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's claim on PostgreSQL 17 (Pantau's migrations, the application's role): two
 * senders, as two nodes on one database, send each mail once through a real SMTP server;
 * a failed attempt waits for its next one there too.
 */
class MailOutboxOnPostgresIntegrationTests {

	private GreenMail smtp;

	private JdbcClient jdbc;

	private Outbox outbox;

	private ObjectProvider<JavaMailSender> mailSender;

	@BeforeEach
	void databaseAndServer() {
		PostgresServer.PantauDatabase db = PostgresServer.shared().createDatabase();
		Flyway.configure()
			.dataSource(db.jdbcUrl(), db.owner(), db.ownerPassword())
			.locations("classpath:db/migration", "classpath:db/postgresql")
			.placeholders(Map.of("application_role", db.appUser(), "binary_type", "bytea"))
			.load()
			.migrate();
		this.jdbc = JdbcClient.create(new DriverManagerDataSource(db.jdbcUrl(), db.appUser(), db.appPassword()));
		this.outbox = new Outbox(this.jdbc);
		int port = freePort();
		this.smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", sender);
		this.mailSender = beans.getBeanProvider(JavaMailSender.class);
	}

	@AfterEach
	void stopServer() {
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	@Test
	void twoSendersOnOneDatabaseSendEachMailOnce() throws Exception {
		int count = 60;
		for (int i = 0; i < count; i++) {
			this.outbox.write(new MailMessage("hr-prob", "hr-prob@pantau.example", "PG #" + i, "body " + i,
					"TASK_CREATED", "PROB-2026-00001", null), Outbox.PENDING, Instant.now());
		}
		List<OutboxSender> senders = List.of(sender("node-a"), sender("node-b"));
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		int total = 0;
		try {
			List<Future<Integer>> sent = new ArrayList<>();
			for (OutboxSender s : senders) {
				sent.add(pool.submit(() -> {
					go.await();
					return s.sendDue(Instant.now());
				}));
			}
			go.countDown();
			for (Future<Integer> f : sent) {
				total += f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(total).isEqualTo(count);
		assertThat(Arrays.stream(this.smtp.getReceivedMessages()).map(MailOutboxOnPostgresIntegrationTests::subject))
			.hasSize(count)
			.doesNotHaveDuplicates();
		assertThat(this.outbox.latest("SENT", false, 500)).hasSize(count);
	}

	@Test
	void keepsAFailedMailForItsNextAttempt() {
		this.smtp.stop();
		this.smtp = null;
		this.outbox.write(new MailMessage("hr-prob", "hr-prob@pantau.example", "PG down", "body", "TASK_CREATED",
				"PROB-2026-00002", null), Outbox.PENDING, Instant.now());
		Instant now = Instant.now();

		assertThat(sender("node-a").sendDue(now)).isZero();
		assertThat(sender("node-b").sendDue(now)).isZero();

		OutboxMail waiting = this.outbox.latest(null, true, 10).get(0);
		assertThat(waiting.status()).isEqualTo("PENDING");
		assertThat(waiting.attempts()).isEqualTo(1);
		assertThat(waiting.nextAttemptAt()).isAfter(now.plus(Duration.ofSeconds(59)));
	}

	private OutboxSender sender(String node) {
		return new OutboxSender(this.jdbc, this.outbox, new MailProperties(MailProperties.Mode.SMTP, null,
				"pantau@pemda.example", null, 500, 3, null, null, null, null, null, node, false), this.mailSender);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
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
