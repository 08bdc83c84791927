package id.pantau.engine;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine's expressions (in models, conditions, listeners, scripts) reach only the
 * beans the shipped models name, not the whole application context: a model that says
 * {@code ${jdbcTemplate.update(...)}} does not resolve. A model that needs a new bean
 * must add it here ({@code ProcessBeansTests} compares this list with the models).
 */
@Component
class ExpressionBeans extends AbstractProcessEnginePlugin {

	/** The beans the models call, e.g. {@code ${caseClosure.close(execution, 'X')}}. */
	static final Set<String> NAMES = Set.of("caseClosure", "deadlines", "taskEscalation");

	private final ApplicationContext context;

	ExpressionBeans(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		Map<Object, Object> beans = new Whitelist(this.context);
		configuration.setBeans(beans);
		// the Spring integration builds its expression manager over the whole context
		// before plugins run: replace it by one over the whitelist
		configuration.setExpressionManager(new SpringExpressionManager(this.context, beans));
	}

	/**
	 * The whitelisted beans by name, looked up when an expression first needs them (the
	 * engine is built before most beans exist).
	 */
	static final class Whitelist extends AbstractMap<Object, Object> {

		private final BeanFactory beans;

		Whitelist(BeanFactory beans) {
			this.beans = beans;
		}

		@Override
		public boolean containsKey(Object key) {
			return key instanceof String name && NAMES.contains(name);
		}

		@Override
		public Object get(Object key) {
			return containsKey(key) ? this.beans.getBean((String) key) : null;
		}

		@Override
		public Set<Object> keySet() {
			return Set.copyOf(NAMES);
		}

		@Override
		public Set<Entry<Object, Object>> entrySet() {
			Map<Object, Object> resolved = new LinkedHashMap<>();
			NAMES.stream().sorted().forEach((name) -> resolved.put(name, get(name)));
			return resolved.entrySet();
		}

		@Override
		public Object put(Object key, Object value) {
			throw new UnsupportedOperationException("The beans of the engine's expressions are fixed");
		}

		@Override
		public String toString() {
			return NAMES.stream().sorted().collect(Collectors.joining(", ", "[", "]"));
		}

	}

}
