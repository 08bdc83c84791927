package id.pantau.operations;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import id.pantau.audit.ChainVerification;
import id.pantau.audit.ChainVerifier;
import id.pantau.intake.CaseRegistered;
import id.pantau.shared.BusinessTime;
import id.pantau.tasks.TaskCompleted;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pantau's own figures for Prometheus ({@code /actuator/prometheus}, admin only):
 * <ul>
 * <li>{@code pantau_registrations_total}: cases registered (committed) on this node;</li>
 * <li>{@code pantau_completions_total{step}}: steps completed on this node;</li>
 * <li>{@code pantau_requests_refused_total{reason}}: requests refused
 * ({@link RefusedRequests});</li>
 * <li>{@code pantau_tasks_open{step,region}} and
 * {@code pantau_tasks_overdue{step,region}}: the open tasks of every case (all nodes),
 * from one grouped query of the engine's task table every
 * {@code pantau.operations.figures-refresh};</li>
 * <li>{@code pantau_audit_chain_intact} (1 or 0, NaN before the first run),
 * {@code pantau_audit_chain_entries} and {@code pantau_audit_chain_verified_seconds}
 * (when): the last verification of the audit chain, run every
 * {@code pantau.operations.chain-verification}, as it walks the whole log.</li>
 * </ul>
 * The counters start at zero with each start of a node, as Prometheus counters do.
 */
@Component
class PantauMetrics implements MeterBinder, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PantauMetrics.class);

	private final JdbcClient jdbc;

	private final ChainVerifier verifier;

	private final OperationsProperties properties;

	private final AtomicLong registrations = new AtomicLong();

	private final Map<String, AtomicLong> completions = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> refused = new ConcurrentHashMap<>();

	private final AtomicReference<ChainVerification> chain = new AtomicReference<>();

	private final List<MeterRegistry> registries = new ArrayList<>();

	private final List<MultiGauge> openTasks = new ArrayList<>();

	private final List<MultiGauge> overdueTasks = new ArrayList<>();

	private ScheduledExecutorService schedule;

	PantauMetrics(JdbcClient jdbc, ChainVerifier verifier, OperationsProperties properties) {
		this.jdbc = jdbc;
		this.verifier = verifier;
		this.properties = properties;
	}

	@Override
	public synchronized void bindTo(MeterRegistry registry) {
		this.registries.add(registry);
		FunctionCounter.builder("pantau.registrations", this.registrations, AtomicLong::get)
			.description("Cases registered on this node")
			.register(registry);
		this.completions.forEach((step, count) -> completionCounter(registry, step, count));
		this.refused.forEach((reason, count) -> refusedCounter(registry, reason, count));
		this.openTasks.add(MultiGauge.builder("pantau.tasks.open")
			.description("Open tasks of all cases, by step and region")
			.register(registry));
		this.overdueTasks.add(MultiGauge.builder("pantau.tasks.overdue")
			.description("Open tasks past their due date, by step and region")
			.register(registry));
		Gauge.builder("pantau.audit.chain.intact", this.chain, (c) -> figure(c, (v) -> v.intact() ? 1 : 0))
			.description("Whether the last verification found the audit chain intact (1) or broken (0)")
			.register(registry);
		Gauge.builder("pantau.audit.chain.entries", this.chain, (c) -> figure(c, ChainVerification::entriesChecked))
			.description("Audit log entries the last verification checked")
			.register(registry);
		Gauge
			.builder("pantau.audit.chain.verified", this.chain,
					(c) -> figure(c, (v) -> v.verifiedAt().toEpochMilli() / 1000.0))
			.description("When the audit chain was last verified (seconds since the epoch)")
			.baseUnit("seconds")
			.register(registry);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void registered(CaseRegistered event) {
		this.registrations.incrementAndGet();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void completed(TaskCompleted event) {
		counter(this.completions, event.step(), this::completionCounter).incrementAndGet();
	}

	/** Counts a refused request (see {@link RefusedRequests}). */
	void refused(String reason) {
		counter(this.refused, reason, this::refusedCounter).incrementAndGet();
	}

	/** Counts open and overdue tasks by step and region (one grouped query). */
	synchronized void refreshTasks() {
		Timestamp now = Timestamp.from(BusinessTime.now());
		List<MultiGauge.Row<?>> open = new ArrayList<>();
		List<MultiGauge.Row<?>> overdue = new ArrayList<>();
		this.jdbc.sql("""
				select task_def_key_ as step, tenant_id_ as region, count(*) as open_tasks,
				    sum(case when due_date_ < ? then 1 else 0 end) as overdue_tasks
				from act_ru_task group by task_def_key_, tenant_id_""").param(now).query((rs) -> {
			Tags tags = Tags.of("step", Optional.ofNullable(rs.getString("step")).orElse("none"), "region",
					Optional.ofNullable(rs.getString("region")).orElse("none"));
			open.add(MultiGauge.Row.of(tags, rs.getLong("open_tasks")));
			overdue.add(MultiGauge.Row.of(tags, rs.getLong("overdue_tasks")));
		});
		this.openTasks.forEach((g) -> g.register(open, true));
		this.overdueTasks.forEach((g) -> g.register(overdue, true));
	}

	/** Verifies the audit chain and keeps the result for the gauges. */
	ChainVerification verifyChain() {
		ChainVerification verification = this.verifier.verify();
		this.chain.set(verification);
		if (!verification.intact()) {
			log.error("The audit chain is broken at entry {}: {}", verification.firstBrokenSeq(),
					verification.problem());
		}
		return verification;
	}

	@Override
	public synchronized void start() {
		this.schedule = Executors.newSingleThreadScheduledExecutor((r) -> {
			Thread thread = new Thread(r, "pantau-figures");
			thread.setDaemon(true);
			return thread;
		});
		this.schedule.scheduleWithFixedDelay(() -> quietly("task figures", this::refreshTasks), 0,
				this.properties.figuresRefresh().toMillis(), TimeUnit.MILLISECONDS);
		this.schedule.scheduleWithFixedDelay(() -> quietly("audit chain verification", this::verifyChain),
				this.properties.firstChainVerification().toMillis(), this.properties.chainVerification().toMillis(),
				TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (this.schedule != null) {
			this.schedule.shutdownNow();
			this.schedule = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.schedule != null;
	}

	private static void quietly(String what, Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			log.warn("Could not compute the {}: {}", what, ex.toString());
		}
	}

	private synchronized AtomicLong counter(Map<String, AtomicLong> counters, String key, Registration registration) {
		AtomicLong count = counters.get(key);
		if (count == null) {
			count = new AtomicLong();
			counters.put(key, count);
			for (MeterRegistry registry : this.registries) {
				registration.register(registry, key, count);
			}
		}
		return count;
	}

	private void completionCounter(MeterRegistry registry, String step, AtomicLong count) {
		FunctionCounter.builder("pantau.completions", count, AtomicLong::get)
			.description("Steps completed on this node")
			.tag("step", step)
			.register(registry);
	}

	private void refusedCounter(MeterRegistry registry, String reason, AtomicLong count) {
		FunctionCounter.builder("pantau.requests.refused", count, AtomicLong::get)
			.description("Requests refused on this node (401, 403, 409, 429, 503)")
			.tag("reason", reason)
			.register(registry);
	}

	private static double figure(AtomicReference<ChainVerification> chain,
			java.util.function.ToDoubleFunction<ChainVerification> value) {
		ChainVerification last = chain.get();
		return (last != null) ? value.applyAsDouble(last) : Double.NaN;
	}

	@FunctionalInterface
	private interface Registration {

		void register(MeterRegistry registry, String key, AtomicLong count);

	}

}
