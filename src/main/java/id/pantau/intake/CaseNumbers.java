package id.pantau.intake;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case numbers such as {@code PROB-2024-00017}: per region and year, without
 * gaps, never twice. A registration runs under a {@link #provisional()} number and takes
 * its number with {@link #next} at its very end: the counter row stays locked from there
 * until the registering transaction ends, so a rolled-back registration gives its number
 * back, and registrations in one region wait for each other only for that last moment,
 * not for each other's process start. The row is created beforehand in a short
 * transaction of its own, never nested in the registering one: a nested transaction would
 * hold one pooled connection while waiting for a second, and under load the pool
 * deadlocks against itself.
 */
@Component
class CaseNumbers {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Creates the counter of the region and year unless it exists.
	 * @throws IllegalStateException inside a transaction: call it before the registering
	 * transaction begins
	 */
	void ensureCounter(String regionCode, int year) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("The case number counter is created before the registration's transaction");
		}
		if (exists(regionCode, year)) {
			return;
		}
		try {
			this.transaction.executeWithoutResult((status) -> {
				if (!exists(regionCode, year)) {
					this.jdbc
						.sql("insert into case_number_counter (region_code, case_year, last_value) values (?, ?, 0)")
						.params(regionCode, year)
						.update();
				}
			});
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent registration created the counter first: fine
		}
	}

	/**
	 * A number for a case while its registration runs: unique, never shown, and unlike
	 * any case number ({@code ~} and 31 random hexadecimal digits).
	 */
	static String provisional() {
		return "~" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 31);
	}

	/**
	 * The next number; runs inside the registering transaction, after
	 * {@link #ensureCounter}, as late as possible: the counter row stays locked until
	 * commit.
	 */
	String next(String regionCode, String prefix, int year) {
		int updated = this.jdbc
			.sql("update case_number_counter set last_value = last_value + 1 where region_code = ? and case_year = ?")
			.params(regionCode, year)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("No case number counter for " + regionCode + " " + year);
		}
		int value = this.jdbc.sql("select last_value from case_number_counter where region_code = ? and case_year = ?")
			.params(regionCode, year)
			.query(Integer.class)
			.single();
		return "%s-%d-%05d".formatted(prefix, year, value);
	}

	private boolean exists(String regionCode, int year) {
		return this.jdbc.sql("select count(*) from case_number_counter where region_code = ? and case_year = ?")
			.params(regionCode, year)
			.query(Integer.class)
			.single() > 0;
	}

}
