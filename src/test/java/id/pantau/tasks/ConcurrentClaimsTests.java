package id.pantau.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.pantau.CaseWalk;
import id.pantau.identity.PantauUser;
import id.pantau.shared.ConflictException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Twenty different people claim one task at the same moment: exactly one gets it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class ConcurrentClaimsTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskCommands commands;

	@Test
	void letsExactlyOneOfTwentyUsersWinAndTellsTheOthersWhoHoldsIt() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String taskId = walk.taskId("Task_VerifyCase");
		List<PantauUser> users = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			users.add(new PantauUser("intake-%02d".formatted(i), "Petugas " + i, Set.of("intake"),
					Set.of("probolinggo"), null));
		}

		List<Object> outcomes = race(users, taskId);

		List<String> winners = new ArrayList<>();
		List<String> holdersNamed = new ArrayList<>();
		for (int i = 0; i < users.size(); i++) {
			if (outcomes.get(i) instanceof TaskResult) {
				winners.add(users.get(i).username());
			}
			else {
				assertThat(outcomes.get(i)).as(users.get(i).username()).isInstanceOf(ConflictException.class);
				holdersNamed.add(String.valueOf(((ConflictException) outcomes.get(i)).properties().get("assignee")));
			}
		}
		assertThat(winners).hasSize(1);
		assertThat(walk.assignee("Task_VerifyCase")).isEqualTo(winners.get(0));
		assertThat(holdersNamed).hasSize(19).containsOnly(winners.get(0));
	}

	/**
	 * Every user claims at the same moment; answers the result or the exception of each.
	 */
	private List<Object> race(List<PantauUser> users, String taskId) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(users.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Object>> futures = new ArrayList<>();
			for (PantauUser user : users) {
				futures.add(pool.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					try {
						return this.commands.claim(user, taskId);
					}
					catch (RuntimeException ex) {
						return ex;
					}
				}));
			}
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> future : futures) {
				outcomes.add(future.get(60, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
