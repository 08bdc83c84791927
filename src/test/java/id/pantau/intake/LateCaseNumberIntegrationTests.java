package id.pantau.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import id.pantau.identity.PantauUser;
import id.pantau.identity.UserDirectory;
import id.pantau.shared.EmploymentType;
import id.pantau.shared.Violation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registration takes its case number at its very end: while one registration of a
 * region is still starting its route, another of the same region goes through (it used to
 * wait for the first one's counter row lock and give up after the lock timeout), and the
 * numbers stay gap-free in the order the registrations took them. Nothing keeps the
 * provisional number a registration ran under.
 */
@SpringBootTest
@ActiveProfiles({ "local", "test" })
@Import(LateCaseNumberIntegrationTests.HeldStart.class)
class LateCaseNumberIntegrationTests {

	@Autowired
	CaseRegistration registration;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HeldStart held;

	private final ExecutorService executor = Executors.newSingleThreadExecutor();

	@AfterEach
	void release() {
		this.held.release();
		this.executor.shutdownNow();
	}

	@Test
	void registersAnotherCaseOfTheRegionWhileTheFirstIsStillStartingItsRoute() throws Exception {
		PantauUser intake = this.users.find("intake-bll").orElseThrow();
		int before = serial(this.registration.register(request("B-1/LATE/2024"), intake).number());
		this.held.arm();
		Future<CaseSummary> first = this.executor
			.submit(() -> this.registration.register(request("B-2/LATE/2024"), intake));
		assertThat(this.held.awaitHeld()).as("the first registration reached its process start").isTrue();

		CaseSummary second = this.registration.register(request("B-3/LATE/2024"), intake);
		this.held.release();
		CaseSummary firstDone = first.get(30, TimeUnit.SECONDS);

		assertThat(serial(second.number())).isEqualTo(before + 1);
		assertThat(serial(firstDone.number())).isEqualTo(before + 2);
		assertThat(provisionalNumbersLeft()).isEmpty();
	}

	private List<String> provisionalNumbersLeft() {
		return this.jdbc.sql("""
				select case_number from neutrality_case where case_number like '~%'
				union all select case_number from audit_step where case_number like '~%'
				union all select case_number from audit_log where case_number like '~%' or detail like '%~%'
				union all select BUSINESS_KEY_ from ACT_RU_EXECUTION where BUSINESS_KEY_ like '~%'
				union all select BUSINESS_KEY_ from ACT_HI_PROCINST where BUSINESS_KEY_ like '~%'""")
			.query(String.class)
			.list();
	}

	private static int serial(String number) {
		return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
	}

	private static RegisterCaseRequest request(String reference) {
		return new RegisterCaseRequest("buleleng", CaseSource.BKN_RECOMMENDATION, reference, null,
				LocalDate.now().minusDays(1),
				new RegisterCaseRequest.Employee("198504122010011002", "Budi Santoso Fiktif", EmploymentType.PNS,
						"Guru", PositionType.FUNCTIONAL, "Dinas Pendidikan"),
				new RegisterCaseRequest.Election(ElectionType.PILKADA, 2024, ElectionStage.CANDIDACY),
				Set.of(Violation.BANNER), "Memasang spanduk.", null, null);
	}

	/**
	 * Once armed, holds the next registration inside its process start (when its first
	 * step is created) until released.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class HeldStart {

		private final AtomicBoolean armed = new AtomicBoolean();

		private final CountDownLatch reached = new CountDownLatch(1);

		private final CountDownLatch released = new CountDownLatch(1);

		void arm() {
			this.armed.set(true);
		}

		boolean awaitHeld() throws InterruptedException {
			return this.reached.await(30, TimeUnit.SECONDS);
		}

		void release() {
			this.released.countDown();
		}

		@EventListener
		void on(DelegateTask task) throws InterruptedException {
			if ("create".equals(task.getEventName()) && this.armed.compareAndSet(true, false)) {
				this.reached.countDown();
				this.released.await(30, TimeUnit.SECONDS);
			}
		}

	}

}
