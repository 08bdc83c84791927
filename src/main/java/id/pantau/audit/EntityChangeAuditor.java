package id.pantau.audit;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import id.pantau.intake.CaseDirectory;
import org.springframework.stereotype.Component;

/**
 * Records every insert and update of business data (any JPA entity of any module) with
 * the values before and after, in the transaction that writes them. Modules need not
 * know: the listener reads the entity's case from its {@code caseNumber} or
 * {@code caseId}.
 */
@Component
class EntityChangeAuditor implements PostInsertEventListener, PostUpdateEventListener {

	private final EntityManagerFactory entityManagers;

	private final AuditLog log;

	private final AuditActors actors;

	private final CaseDirectory cases;

	private final ObjectMapper json;

	EntityChangeAuditor(EntityManagerFactory entityManagers, AuditLog log, AuditActors actors, CaseDirectory cases,
			ObjectMapper json) {
		this.entityManagers = entityManagers;
		this.log = log;
		this.actors = actors;
		this.cases = cases;
		this.json = json;
	}

	@PostConstruct
	void register() {
		EventListenerRegistry registry = this.entityManagers.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.getService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		Map<String, Object> after = values(event.getPersister(), event.getState());
		record(event.getPersister(), event.getId(), event.getState(), "DATA_ADDED", Map.of("after", after));
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		Object[] old = event.getOldState();
		Map<String, Object> before = new LinkedHashMap<>();
		Map<String, Object> after = new LinkedHashMap<>();
		String[] names = event.getPersister().getPropertyNames();
		for (int i : (event.getDirtyProperties() != null) ? event.getDirtyProperties() : all(names.length)) {
			Object was = (old != null) ? plain(old[i]) : null;
			Object now = plain(event.getState()[i]);
			if (!Objects.equals(was, now) && !"version".equals(names[i])) {
				before.put(names[i], was);
				after.put(names[i], now);
			}
		}
		if (!after.isEmpty()) {
			record(event.getPersister(), event.getId(), event.getState(), "DATA_CHANGED",
					Map.of("before", before, "after", after));
		}
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void record(EntityPersister persister, Object id, Object[] state, String action,
			Map<String, Object> detail) {
		String entity = persister.getEntityName().substring(persister.getEntityName().lastIndexOf('.') + 1);
		CaseRef ref = caseOf(persister, id, state);
		AuditActors.Actor actor = this.actors.current();
		this.log.record(new AuditRecord(actor.username(), actor.roles(), ref.region(), ref.number(), action,
				entity + "#" + id, write(detail), null));
	}

	private CaseRef caseOf(EntityPersister persister, Object id, Object[] state) {
		List<String> names = Arrays.asList(persister.getPropertyNames());
		if (names.contains("caseNumber")) {
			return new CaseRef((String) state[names.indexOf("caseNumber")],
					names.contains("regionCode") ? (String) state[names.indexOf("regionCode")] : null);
		}
		if (names.contains("caseId") && state[names.indexOf("caseId")] instanceof Number caseId) {
			return this.cases.locate(caseId.longValue())
				.map((c) -> new CaseRef(c.number(), c.region()))
				.orElse(new CaseRef(null, null));
		}
		return new CaseRef(null, null);
	}

	private Map<String, Object> values(EntityPersister persister, Object[] state) {
		Map<String, Object> values = new LinkedHashMap<>();
		String[] names = persister.getPropertyNames();
		for (int i = 0; i < names.length; i++) {
			if (!"version".equals(names[i]) && state[i] != null) {
				values.put(names[i], plain(state[i]));
			}
		}
		return values;
	}

	/** Values as JSON can show them; collections as lists, embedded objects as maps. */
	private Object plain(Object value) {
		if (value instanceof Collection<?> c) {
			return c.stream().map(String::valueOf).sorted().toList();
		}
		if (value == null || value instanceof Number || value instanceof Boolean || value instanceof CharSequence
				|| value instanceof Enum<?>) {
			return (value instanceof Enum<?> e) ? e.name() : value;
		}
		return this.json.convertValue(value, Object.class);
	}

	private static int[] all(int n) {
		int[] all = new int[n];
		Arrays.setAll(all, (i) -> i);
		return all;
	}

	private String write(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Audit detail not serializable", ex);
		}
	}

	private record CaseRef(String number, String region) {
	}

}
