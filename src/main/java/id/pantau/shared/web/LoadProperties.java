package id.pantau.shared.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many writes Pantau works on at once ({@code pantau.load.*}); see README,
 * Configuration.
 *
 * @param concurrentWrites writes (POST, PUT, PATCH, DELETE of the API and the pages)
 * worked on at the same time; keep it well below the connection pool
 * ({@code spring.datasource.hikari.maximum-pool-size}), which reads and the engine's jobs
 * share
 * @param queuedWrites writes that may wait for their turn; one more is answered 503 at
 * once. Keep {@code concurrentWrites + queuedWrites} below
 * {@code server.tomcat.threads.max}, so that reads always find a thread
 * @param queueTimeout how long a write waits for its turn before it is answered 503
 * @param retryAfter the {@code Retry-After} of a 503
 */
@ConfigurationProperties("pantau.load")
record LoadProperties(@DefaultValue("4") int concurrentWrites, @DefaultValue("250") int queuedWrites,
		@DefaultValue("30s") Duration queueTimeout, @DefaultValue("5s") Duration retryAfter) {

	LoadProperties {
		if (concurrentWrites < 1 || queuedWrites < 0) {
			throw new IllegalArgumentException(
					"pantau.load.concurrent-writes must be at least 1 and queued-writes 0 or more");
		}
	}

}
