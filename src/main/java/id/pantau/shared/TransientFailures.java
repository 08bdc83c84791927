package id.pantau.shared;

import java.sql.SQLException;
import java.sql.SQLTransientException;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Failures that say "too busy now", not "wrong": a lock or statement timeout, a deadlock
 * victim, no free connection in the pool. The transaction was rolled back, so the request
 * may simply be repeated: the API answers 503 with Retry-After, a page says to try again.
 * Found anywhere in the cause chain, because the engine and JPA wrap the driver's
 * exception in their own.
 */
public final class TransientFailures {

	private TransientFailures() {
	}

	/** Whether the failure, or one of its causes, is such a "too busy now". */
	public static boolean in(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof PessimisticLockingFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof QueryTimeoutException || t instanceof TransientDataAccessResourceException
					|| t instanceof SQLTransientException || isTransientState(t)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * PostgreSQL's driver uses one exception class: a rolled-back transaction (class 40,
	 * e.g. deadlock), a lock not available (55P03), a statement timeout (57014).
	 */
	private static boolean isTransientState(Throwable t) {
		String state = (t instanceof SQLException sql) ? sql.getSQLState() : null;
		return state != null && (state.startsWith("40") || state.equals("55P03") || state.equals("57014"));
	}

}
