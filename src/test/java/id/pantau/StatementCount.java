package id.pantau;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares through the application's data
 * source (JPA, JDBC and the engine alike) while it runs a piece of work. Import it into a
 * test context and call {@link #of}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCount {

	private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();

	/** The statements the work prepared, in order, and its result. */
	public static <T> Counted<T> of(Supplier<T> work) {
		List<String> statements = new ArrayList<>();
		STATEMENTS.set(statements);
		try {
			T result = work.get();
			return new Counted<>(result, List.copyOf(statements));
		}
		finally {
			STATEMENTS.remove();
		}
	}

	@Bean
	static BeanPostProcessor statementCountWatch() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !(bean instanceof Counting)) ? new Counting(dataSource)
						: bean;
			}
		};
	}

	/**
	 * What a piece of work returned and the statements it prepared.
	 *
	 * @param <T> result type
	 * @param result the result
	 * @param statements the SQL of each statement
	 */
	public record Counted<T>(T result, List<String> statements) {

		public int count() {
			return this.statements.size();
		}

	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(StatementCount.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						List<String> statements = STATEMENTS.get();
						if (statements != null && method.getName().startsWith("prepare")) {
							statements.add(String.valueOf(args[0]));
						}
						else if (statements != null && method.getName().equals("createStatement")) {
							statements.add("(statement)");
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
