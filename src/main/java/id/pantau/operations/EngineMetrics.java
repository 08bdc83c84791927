package id.pantau.operations;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;

import org.springframework.stereotype.Component;

/**
 * The engine's own figures for Prometheus: every metric Camunda counts ({@link Metrics}:
 * jobs acquired, acquisition attempts and failures, jobs executed, failed, rejected and
 * locked exclusively, activity and process instances, decisions, history clean-up, task
 * users) as a counter of this node, e.g. {@code camunda_job_acquired_success_total},
 * {@code camunda_job_successful_total}, {@code camunda_job_failed_total}. Camunda's
 * registry is replaced by one that counts along: Camunda's own meters are emptied into
 * its database table every reporting interval, so they cannot serve as counters; these
 * never go back.
 */
@Component
class EngineMetrics extends AbstractProcessEnginePlugin implements MeterBinder {

	private final Map<String, AtomicLong> totals = new ConcurrentHashMap<>();

	EngineMetrics() {
		for (Field field : Metrics.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					this.totals.put((String) field.get(null), new AtomicLong());
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setMetricsRegistry(new CountingRegistry(this.totals));
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.totals.forEach(
				(name, total) -> FunctionCounter.builder("camunda." + name.replace('-', '.'), total, AtomicLong::get)
					.description("Camunda metric " + name + " on this node")
					.register(registry));
	}

	/** Camunda's registry, counting every occurrence of a database meter along. */
	static final class CountingRegistry extends MetricsRegistry {

		private final Map<String, AtomicLong> totals;

		CountingRegistry(Map<String, AtomicLong> totals) {
			this.totals = totals;
		}

		@Override
		protected void markOccurrence(Map<String, Meter> meters, String name, long times) {
			super.markOccurrence(meters, name, times);
			if (meters == this.dbMeters) {
				AtomicLong total = this.totals.get(name);
				if (total != null) {
					total.addAndGet(times);
				}
			}
		}

	}

}
