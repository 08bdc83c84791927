package id.pantau;

import java.time.Duration;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waiting for an import that runs in the background (pledges, units, lists of cases): the
 * status is asked for again until it is no longer running, within the time given.
 */
public final class ImportWait {

	private ImportWait() {
	}

	/**
	 * The import the upload started (202, {@code importId}), polled at
	 * {@code statusPath + importId} as the user until it is no longer {@code RUNNING}.
	 */
	public static JsonNode finished(TestRestTemplate rest, String user, String statusPath,
			ResponseEntity<JsonNode> started, Duration within) {
		assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
		long id = started.getBody().get("importId").asLong();
		return until(within, "import " + id, () -> {
			JsonNode status = Api.as(rest, user).get(statusPath + id).getBody();
			return "RUNNING".equals(status.get("status").asText()) ? null : status;
		});
	}

	/** Asks until the answer is not null; fails naming what still runs after the time. */
	public static <T> T until(Duration within, String what, Callable<T> ask) {
		long deadline = System.nanoTime() + within.toNanos();
		try {
			while (System.nanoTime() < deadline) {
				T answer = ask.call();
				if (answer != null) {
					return answer;
				}
				Thread.sleep(50);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
		throw new AssertionError(what + " still running after " + within);
	}

}
