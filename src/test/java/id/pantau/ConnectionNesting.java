package id.pantau;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Watches the application's data source for a thread that asks the pool for a second
 * connection while it holds one (a nested "requires new" transaction, say). Under load
 * every such thread can end up waiting for a connection that only another waiting thread
 * could give back: the pool deadlocks against itself. Import it into a test context and
 * assert that {@link #nested()} stays empty.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ConnectionNesting {

	private static final ThreadLocal<Integer> HELD = ThreadLocal.withInitial(() -> 0);

	private static final List<String> NESTED = new CopyOnWriteArrayList<>();

	/** From the moment the application is ready: Flyway takes two at start-up, alone. */
	private static final AtomicBoolean WATCHING = new AtomicBoolean();

	/** Where a thread asked for a second connection, one entry each time. */
	public static List<String> nested() {
		return List.copyOf(NESTED);
	}

	@Bean
	ApplicationListener<ApplicationReadyEvent> connectionNestingStart() {
		return (ready) -> WATCHING.set(true);
	}

	@Bean
	static BeanPostProcessor connectionNestingWatch() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !(bean instanceof Watched)) ? new Watched(dataSource)
						: bean;
			}
		};
	}

	/** Counts the connections each thread holds. */
	static final class Watched extends DelegatingDataSource {

		Watched(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return held(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return held(super.getConnection(username, password));
		}

		private static Connection held(Connection connection) {
			int held = HELD.get();
			if (held > 0 && WATCHING.get()) {
				Exception where = new Exception();
				StringBuilder trace = new StringBuilder(Thread.currentThread().getName()).append(" holds ")
					.append(held);
				for (StackTraceElement e : where.getStackTrace()) {
					if (!e.getClassName().startsWith("id.pantau.Conn") && !e.getClassName().startsWith("java.")
							&& !e.getClassName().startsWith("jdk.")) {
						trace.append(" < ").append(e);
					}
				}
				NESTED.add(trace.toString());
			}
			HELD.set(held + 1);
			AtomicBoolean closed = new AtomicBoolean();
			return (Connection) Proxy.newProxyInstance(ConnectionNesting.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if ("equals".equals(method.getName())) {
							return proxy == args[0];
						}
						if ("hashCode".equals(method.getName())) {
							return System.identityHashCode(proxy);
						}
						if ("close".equals(method.getName()) && closed.compareAndSet(false, true)) {
							HELD.set(HELD.get() - 1);
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
