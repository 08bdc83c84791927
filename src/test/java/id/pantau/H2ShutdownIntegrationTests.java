package id.pantau;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping Pantau on its embedded H2 database leaves no error behind: the database is
 * closed by the application after its last connection, not by H2's own shutdown hook
 * while the engine's job executor and the pool still use it (which wrote "Database is
 * already closed" into {@code data/pantau.trace.db} on every stop).
 */
class H2ShutdownIntegrationTests {

	@TempDir
	Path home;

	@Test
	void stopsWithoutAnErrorInTheDatabaseTrace() throws IOException {
		PantauProcess pantau = PantauProcess.start(this.home, this.home.resolve("pantau.log"),
				"--spring.profiles.active=local", "--pantau.demo.enabled=false");
		pantau.stop();

		Path trace = this.home.resolve("data/pantau.trace.db");
		String written = Files.exists(trace) ? Files.readString(trace, StandardCharsets.UTF_8) : "";
		assertThat(written).as("H2's trace after a stop").doesNotContain("Exception");
	}

}
