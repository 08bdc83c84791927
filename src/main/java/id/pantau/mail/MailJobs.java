package id.pantau.mail;

import java.time.Instant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * The sender's rounds ({@code pantau.mail.send-interval}) and the daily digest
 * ({@code pantau.mail.digest-cron}), on every node where
 * {@code pantau.mail.sender-enabled} is not false (tests drive them by hand).
 */
@Component
@ConditionalOnProperty(name = "pantau.mail.sender-enabled", havingValue = "true", matchIfMissing = true)
class MailJobs implements SchedulingConfigurer {

	private final OutboxSender sender;

	private final Digests digests;

	private final MailProperties properties;

	MailJobs(OutboxSender sender, Digests digests, MailProperties properties) {
		this.sender = sender;
		this.digests = digests;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		// the first round one interval after the start, not while the application starts
		registrar.addFixedDelayTask(new FixedDelayTask(() -> this.sender.sendDue(Instant.now()),
				this.properties.sendInterval(), this.properties.sendInterval()));
		registrar.addTriggerTask(this::digest,
				new CronTrigger(this.properties.digestCron(), this.properties.digestZone()));
	}

	private void digest() {
		this.digests.writeDigests(Instant.now());
		this.sender.sendDue(Instant.now());
	}

}
