package id.pantau.intake;

import java.time.LocalDate;
import java.util.Map;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.identity.Region;
import id.pantau.identity.Regions;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.ConflictException;
import id.pantau.shared.EngineActor;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a report as a case and starts its route. The same source and reference number
 * never open two cases, also when two registrations race: the loser gets a conflict
 * naming the existing case.
 */
@Service
public class CaseRegistration {

	private static final Logger log = LoggerFactory.getLogger(CaseRegistration.class);

	private final Cases cases;

	private final CaseNumbers numbers;

	private final Regions regions;

	private final AccessPolicy policy;

	private final RuntimeService runtime;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final IdentityService identity;

	private final ProcessEngineConfigurationImpl engine;

	private final StepRecord steps;

	CaseRegistration(Cases cases, CaseNumbers numbers, Regions regions, AccessPolicy policy, RuntimeService runtime,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, IdentityService identity,
			ProcessEngineConfigurationImpl engine, StepRecord steps) {
		this.identity = identity;
		this.engine = engine;
		this.steps = steps;
		this.cases = cases;
		this.numbers = numbers;
		this.regions = regions;
		this.policy = policy;
		this.runtime = runtime;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Registers the case and starts the main route.
	 * @return the new case
	 * @throws ConflictException (409) when the source's reference number is registered
	 * already
	 */
	public CaseSummary register(RegisterCaseRequest request, PantauUser user) {
		this.policy.requireAnyRole(user, Groups.INTAKE);
		Region region = this.regions.find(request.region())
			.orElseThrow(() -> new InvalidInputException("region", "case.region.unknown", request.region()));
		this.policy.requireRegion(user, region.code());
		Registration registration = request.toRegistration();
		LocalDate today = BusinessTime.today(region.zone());
		check(registration, today);
		// a known duplicate is refused before it queues for the region's counter lock;
		// the check under the lock below decides races
		duplicateOf(registration).ifPresent((conflict) -> {
			throw conflict;
		});
		int year = today.getYear();
		this.numbers.ensureCounter(region.code(), year);
		try {
			return this.transaction.execute((status) -> registerNew(region, year, registration, user));
		}
		catch (DataIntegrityViolationException ex) {
			throw duplicateOf(registration).orElseThrow(() -> ex);
		}
	}

	/**
	 * Registers under a provisional number and starts the route; only then takes the
	 * region's next number (locking its counter until commit) and gives it to the case,
	 * its process instance, its steps and everything recorded meanwhile.
	 */
	private CaseSummary registerNew(Region region, int year, Registration registration, PantauUser user) {
		duplicateOf(registration).ifPresent((conflict) -> {
			throw conflict;
		});
		String provisional = CaseNumbers.provisional();
		NeutralityCase registered = this.cases.saveAndFlush(
				new NeutralityCase(provisional, region.code(), registration, user.username(), BusinessTime.now()));
		long id = registered.id();
		String instanceId = EngineActor.as(this.identity, user.username(),
				() -> this.runtime.createProcessInstanceByKey(NeutralityCaseProcess.KEY)
					.processDefinitionWithoutTenantId()
					.businessKey(provisional)
					.setVariable(Variables.CASE_ID, id)
					.setVariable(Variables.REGION, region.code())
					.execute()
					.getId());
		String number = this.numbers.next(region.code(), region.casePrefix(), year);
		this.cases.renumber(id, number);
		this.engine.getCommandExecutorTxRequired().execute(new BusinessKeyChange(instanceId, number));
		this.steps.renumber(provisional, number);
		this.events.publishEvent(new CaseNumberAssigned(provisional, number));
		this.events.publishEvent(new CaseRegistered(id, number, region.code()));
		log.info("Case {} registered in {} by {}", number, region.code(), user.username());
		return this.cases.findById(id).orElseThrow().summary();
	}

	private java.util.Optional<ConflictException> duplicateOf(Registration registration) {
		return this.cases
			.findBySourceAndReferenceKey(registration.source(),
					NeutralityCase.referenceKey(registration.referenceNumber()))
			.map((existing) -> new ConflictException(Map.of("existingCaseNumber", existing.caseNumber()),
					"case.duplicate", existing.caseNumber()));
	}

	/** Checks the registration; dates against today in the case's region. */
	private void check(Registration registration, LocalDate today) {
		if (NeutralityCase.referenceKey(registration.referenceNumber())
			.length() > NeutralityCase.REFERENCE_KEY_LENGTH) {
			throw new InvalidInputException("referenceNumber", "case.reference.too-long",
					NeutralityCase.REFERENCE_KEY_LENGTH);
		}
		Nip.problem(registration.employee().nip(), registration.employee().employmentType(), today).ifPresent((key) -> {
			throw new InvalidInputException("employee.nip", key);
		});
		if (registration.receivedOn().isAfter(today)) {
			throw new InvalidInputException("receivedOn", "date.future");
		}
		if (registration.referenceDate() != null && registration.referenceDate().isAfter(registration.receivedOn())) {
			throw new InvalidInputException("referenceDate", "case.reference-date.after-received");
		}
		if (registration.electionYear() > today.getYear() + 1) {
			throw new InvalidInputException("election.year", "case.election-year.future");
		}
	}

}
