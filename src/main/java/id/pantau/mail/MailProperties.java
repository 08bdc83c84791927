package id.pantau.mail;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail notifications ({@code pantau.mail.*}, docs/operations.md).
 *
 * @param mode {@code local}: mails stay in the in-app mailbox; {@code smtp}: they are
 * sent through {@code spring.mail.*}
 * @param baseUrl the address of Pantau as users reach it, for the links in the mails
 * @param from the sender address
 * @param sendInterval how often the sender looks for due mails
 * @param batchSize at most this many mails per round
 * @param maxAttempts attempts before a mail is given up (FAILED)
 * @param firstRetry wait after the first failure; doubled after each further one
 * @param maxRetry the longest wait between two attempts
 * @param claimLease how long a node holds a mail it is sending before another may take it
 * @param digestCron when the daily digest goes out (in {@code digestZone})
 * @param digestZone the zone of {@code digestCron}
 * @param node this node's name in the outbox (default: process id and host)
 * @param senderEnabled whether this node runs the sender and the digest job
 */
@ConfigurationProperties("pantau.mail")
record MailProperties(Mode mode, String baseUrl, String from, Duration sendInterval, Integer batchSize,
		Integer maxAttempts, Duration firstRetry, Duration maxRetry, Duration claimLease, String digestCron,
		ZoneId digestZone, String node, Boolean senderEnabled) {

	enum Mode {

		LOCAL, SMTP

	}

	MailProperties {
		mode = (mode != null) ? mode : Mode.LOCAL;
		baseUrl = (baseUrl != null && !baseUrl.isBlank()) ? baseUrl.replaceAll("/+$", "") : "http://localhost:8080";
		from = (from != null && !from.isBlank()) ? from : "pantau@localhost";
		sendInterval = (sendInterval != null) ? sendInterval : Duration.ofSeconds(15);
		batchSize = (batchSize != null) ? batchSize : 50;
		maxAttempts = (maxAttempts != null) ? maxAttempts : 10;
		firstRetry = (firstRetry != null) ? firstRetry : Duration.ofMinutes(1);
		maxRetry = (maxRetry != null) ? maxRetry : Duration.ofHours(2);
		claimLease = (claimLease != null) ? claimLease : Duration.ofMinutes(5);
		digestCron = (digestCron != null && !digestCron.isBlank()) ? digestCron : "0 0 7 * * *";
		digestZone = (digestZone != null) ? digestZone : ZoneId.of("Asia/Jakarta");
		node = (node != null && !node.isBlank()) ? node : ManagementFactory.getRuntimeMXBean().getName();
		senderEnabled = (senderEnabled != null) ? senderEnabled : true;
	}

	/** The wait before the next attempt after {@code attempts} failed ones. */
	Duration retryAfter(int attempts) {
		Duration wait = this.firstRetry;
		for (int i = 1; i < attempts && wait.compareTo(this.maxRetry) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.maxRetry) > 0) ? this.maxRetry : wait;
	}

}
