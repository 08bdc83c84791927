package id.pantau.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pantau.intake.CaseNumberAssigned;
import id.pantau.shared.BusinessTime;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only, hash-chained audit log. Entries recorded inside a transaction are
 * appended just before it commits (after the last flush of business data), so they are
 * committed with the change they record or not at all, and the chain head is locked only
 * briefly, after every other lock of the transaction. There is no update or delete.
 */
@Component
public class AuditLog {

	static final RowMapper<AuditEntry> ROWS = AuditLog::entry;

	static final String COLUMNS = "seq, recorded_at, actor, actor_roles, region, case_number, action, subject, detail, reason, prev_hash, hash";

	private final JdbcTemplate jdbc;

	private final EntityManagerFactory entityManagers;

	private final TransactionTemplate newTransaction;

	AuditLog(JdbcTemplate jdbc, EntityManagerFactory entityManagers, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.entityManagers = entityManagers;
		this.newTransaction = new TransactionTemplate(transactions);
	}

	/**
	 * Records an entry: with the current transaction when there is one, else in a
	 * transaction of its own.
	 */
	public void record(AuditRecord record) {
		Pending pending = new Pending(record, BusinessTime.now().truncatedTo(ChronoUnit.MILLIS));
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			batch().add(pending);
		}
		else {
			this.newTransaction.executeWithoutResult((status) -> append(List.of(pending)));
		}
	}

	/**
	 * A registration took its case number just before commit: the entries this
	 * transaction recorded under the provisional number get the case's number.
	 */
	@EventListener
	void on(CaseNumberAssigned assigned) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(Batch.class::isInstance)
			.forEach((s) -> ((Batch) s).renumber(assigned.provisionalNumber(), assigned.caseNumber()));
	}

	/** Whether this transaction has recorded an entry of this action and subject. */
	boolean recordedInThisTransaction(String action, String subject) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return false;
		}
		return TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(Batch.class::isInstance)
			.flatMap((s) -> ((Batch) s).entries.stream())
			.anyMatch((p) -> action.equals(p.record().action()) && subject.equals(p.record().subject()));
	}

	private Batch batch() {
		return TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(Batch.class::isInstance)
			.map(Batch.class::cast)
			.findFirst()
			.orElseGet(() -> {
				Batch batch = new Batch();
				TransactionSynchronizationManager.registerSynchronization(batch);
				return batch;
			});
	}

	/** Chains and inserts the entries, holding the chain head's row lock. */
	private void append(List<Pending> entries) {
		Map<String, Object> head = this.jdbc
			.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
		long seq = ((Number) head.get("last_seq")).longValue();
		String prev = (String) head.get("last_hash");
		for (Pending p : entries) {
			seq++;
			AuditRecord r = p.record();
			AuditEntry entry = new AuditEntry(seq, p.at(), r.actor(), r.roles(), r.region(), r.caseNumber(), r.action(),
					AuditDetails.clip(r.subject(), 200), AuditDetails.fit(r.detail()),
					AuditDetails.clip(r.reason(), 4000), prev, null);
			String hash = ChainHash.of(prev, entry);
			this.jdbc.update("insert into audit_log (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", seq,
					OffsetDateTime.ofInstant(p.at(), ZoneOffset.UTC), entry.actor(), entry.roles(), entry.region(),
					entry.caseNumber(), entry.action(), entry.subject(), entry.detail(), entry.reason(), prev, hash);
			prev = hash;
		}
		this.jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, prev);
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("actor_roles"), rs.getString("region"), rs.getString("case_number"),
				rs.getString("action"), rs.getString("subject"), rs.getString("detail"), rs.getString("reason"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

	/** Flushes JPA so that its change listeners record first, then appends the batch. */
	private final class Batch implements TransactionSynchronization {

		private final List<Pending> entries = new ArrayList<>();

		void add(Pending pending) {
			this.entries.add(pending);
		}

		void renumber(String provisional, String number) {
			this.entries.replaceAll((p) -> new Pending(renumbered(p.record(), provisional, number), p.at()));
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(AuditLog.this.entityManagers);
			if (em != null && !readOnly) {
				em.flush();
			}
			if (!this.entries.isEmpty()) {
				append(List.copyOf(this.entries));
				this.entries.clear();
			}
		}

		@Override
		public int getOrder() {
			return LOWEST_PRECEDENCE;
		}

	}

	private static AuditRecord renumbered(AuditRecord r, String provisional, String number) {
		return new AuditRecord(r.actor(), r.roles(), r.region(), replace(r.caseNumber(), provisional, number),
				r.action(), replace(r.subject(), provisional, number), replace(r.detail(), provisional, number),
				replace(r.reason(), provisional, number));
	}

	private static String replace(String text, String provisional, String number) {
		return (text != null) ? text.replace(provisional, number) : null;
	}

	private record Pending(AuditRecord record, Instant at) {
	}

}
