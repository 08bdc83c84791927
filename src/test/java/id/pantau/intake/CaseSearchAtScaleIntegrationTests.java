package id.pantau.intake;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;

import id.pantau.identity.PantauUser;
import id.pantau.identity.UserDirectory;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.EmploymentType;
import id.pantau.shared.PageView;
import id.pantau.shared.Violation;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case search by current step or by overdue steps counts every matching case, however
 * many steps are open: it used to read at most 1,000 of the engine's tasks and filter by
 * those, so a region with 1,200 cases at verification answered fewer than 1,000.
 */
@SpringBootTest(properties = "pantau.test.context=case-search-at-scale")
@ActiveProfiles({ "local", "test" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseSearchAtScaleIntegrationTests {

	/** More open verification steps than the engine answers in one query (1,000). */
	private static final int CASES = 1_050;

	private static final String VERIFY = "Task_VerifyCase";

	@Autowired
	CaseRegistration registration;

	@Autowired
	CaseSearch search;

	@Autowired
	UserDirectory users;

	PantauUser intake;

	@BeforeAll
	void registerManyCases() {
		this.intake = this.users.find("intake-prob").orElseThrow();
		for (int i = 0; i < CASES; i++) {
			this.registration.register(request("B-" + i + "/SCALE/2024"), this.intake);
		}
	}

	@Test
	void countsEveryCaseAtAStep() {
		PageView<CaseRow> found = search(VERIFY, null);
		assertThat(found.totalElements()).isEqualTo(CASES);
		assertThat(found.content()).hasSize(20).allSatisfy((row) -> assertThat(row.currentStepKeys()).contains(VERIFY));
	}

	@Test
	void countsEveryCaseWithAnOverdueStep() {
		assertThat(search(null, true).totalElements()).isZero();
		ClockUtil.setCurrentTime(Date.from(BusinessTime.now().plus(Duration.ofDays(365))));
		try {
			PageView<CaseRow> found = search(VERIFY, true);
			assertThat(found.totalElements()).isEqualTo(CASES);
			assertThat(found.content()).allSatisfy((row) -> assertThat(row.overdue()).isTrue());
			assertThat(search(null, true).totalElements()).isEqualTo(CASES);
		}
		finally {
			ClockUtil.reset();
		}
	}

	private PageView<CaseRow> search(String step, Boolean overdue) {
		return this.search.search(this.intake, new CaseSearch.Filter("probolinggo", null, step, overdue, null, null), 0,
				20, CaseSearch.SortBy.registeredAt, Sort.Direction.DESC);
	}

	private static RegisterCaseRequest request(String reference) {
		return new RegisterCaseRequest("probolinggo", CaseSource.BKN_RECOMMENDATION, reference, null,
				LocalDate.now().minusDays(1),
				new RegisterCaseRequest.Employee("198504122010011002", "Budi Santoso Fiktif", EmploymentType.PNS,
						"Guru", PositionType.FUNCTIONAL, "Dinas Pendidikan"),
				new RegisterCaseRequest.Election(ElectionType.PILKADA, 2024, ElectionStage.CANDIDACY),
				Set.of(Violation.BANNER), "Memasang spanduk.", null, null);
	}

}
