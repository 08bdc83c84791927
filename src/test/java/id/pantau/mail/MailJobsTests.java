package id.pantau.mail;

import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.config.TriggerTask;
import org.springframework.scheduling.support.CronTrigger;

import static org.assertj.core.api.Assertions.assertThat;

/** The sender's rounds and the daily digest are scheduled as configured. */
class MailJobsTests {

	@Test
	void schedulesTheSenderEveryIntervalAndTheDigestAtItsTimeInItsZone() {
		MailProperties properties = new MailProperties(null, null, null, Duration.ofSeconds(30), null, null, null, null,
				null, "0 30 6 * * *", ZoneId.of("Asia/Makassar"), null, null);
		ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

		new MailJobs(null, null, properties).configureTasks(registrar);

		assertThat(registrar.getFixedDelayTaskList()).singleElement().satisfies((task) -> {
			assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(30));
			assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofSeconds(30));
		});
		assertThat(registrar.getTriggerTaskList()).singleElement()
			.extracting(TriggerTask::getTrigger)
			.isEqualTo(new CronTrigger("0 30 6 * * *", ZoneId.of("Asia/Makassar")));
	}

	@Test
	void doublesTheWaitAfterEachFailureUpToTheLongest() {
		MailProperties properties = new MailProperties(null, null, null, null, null, null, Duration.ofMinutes(1),
				Duration.ofMinutes(10), null, null, null, null, null);

		assertThat(properties.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(properties.retryAfter(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(properties.retryAfter(5)).isEqualTo(Duration.ofMinutes(10));
		assertThat(properties.retryAfter(40)).isEqualTo(Duration.ofMinutes(10));
	}

}
