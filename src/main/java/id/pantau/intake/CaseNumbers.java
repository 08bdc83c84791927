package id.pantau.intake;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case numbers such as {@code PROB-2024-00017}: per region and year, without
 * gaps. The counter row stays locked until the registering transaction ends, so
 * registrations in one region are serialised and a rolled-back registration gives its
 * number back.
 */
@Component
class CaseNumbers {

	private final JdbcClient jdbc;

	private final TransactionTemplate newTransaction;

	CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The next number; must run inside the registering transaction. */
	String next(String regionCode, String prefix, int year) {
		ensureCounter(regionCode, year);
		this.jdbc
			.sql("update case_number_counter set last_value = last_value + 1 where region_code = ? and case_year = ?")
			.params(regionCode, year)
			.update();
		int value = this.jdbc.sql("select last_value from case_number_counter where region_code = ? and case_year = ?")
			.params(regionCode, year)
			.query(Integer.class)
			.single();
		return "%s-%d-%05d".formatted(prefix, year, value);
	}

	private void ensureCounter(String regionCode, int year) {
		try {
			this.newTransaction.executeWithoutResult((status) -> insertIfMissing(regionCode, year));
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent registration created the counter first: fine
		}
	}

	private void insertIfMissing(String regionCode, int year) {
		int exists = this.jdbc.sql("select count(*) from case_number_counter where region_code = ? and case_year = ?")
			.params(regionCode, year)
			.query(Integer.class)
			.single();
		if (exists == 0) {
			this.jdbc.sql("insert into case_number_counter (region_code, case_year, last_value) values (?, ?, 0)")
				.params(regionCode, year)
				.update();
		}
	}

}
