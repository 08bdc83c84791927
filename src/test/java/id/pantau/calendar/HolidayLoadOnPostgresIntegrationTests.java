package id.pantau.calendar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import id.pantau.OnPostgres;
import id.pantau.PostgresServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes that start at once on an empty database both load the shipped holidays: the
 * one that finds the other's rows committed under its feet keeps them and starts, instead
 * of failing its start on a duplicate key.
 */
@SpringBootTest
@ActiveProfiles({ "local", "test", "postgresql" })
@OnPostgres
class HolidayLoadOnPostgresIntegrationTests {

	@Autowired
	HolidayCalendar calendar;

	@Autowired
	Environment environment;

	@Test
	void startsWhenAnotherNodeLoadsTheSameHolidaysAtTheSameMoment() throws Exception {
		List<Holiday> shipped = HolidayCalendar.readShipped();
		int year = shipped.get(0).date().getYear();
		List<Holiday> ofYear = shipped.stream().filter((d) -> d.date().getYear() == year).toList();
		PostgresServer.PantauDatabase database = PostgresServer.PantauDatabase.of(this.environment);

		try (Connection otherNode = database.asApplication()) {
			try (PreparedStatement delete = otherNode
				.prepareStatement("delete from public_holiday where holiday_year = ?")) {
				delete.setInt(1, year);
				delete.executeUpdate();
			}
			otherNode.setAutoCommit(false);
			try (PreparedStatement insert = otherNode.prepareStatement(
					"insert into public_holiday (holiday_date, holiday_year, name, kind) values (?, ?, ?, ?)")) {
				for (Holiday day : ofYear) {
					insert.setObject(1, day.date());
					insert.setInt(2, year);
					insert.setString(3, day.view().name());
					insert.setString(4, day.view().kind().name());
					insert.executeUpdate();
				}
			}
			CompletableFuture<Void> starting = CompletableFuture.runAsync(this.calendar::afterSingletonsInstantiated);
			awaitWaitingForALock(database);
			otherNode.commit();

			starting.get(30, TimeUnit.SECONDS);
		}

		assertThat(this.calendar.ofYear(year)).hasSize(ofYear.size());
	}

	/** Until this node's start waits for the other node's uncommitted rows. */
	private static void awaitWaitingForALock(PostgresServer.PantauDatabase database) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		try (Connection admin = database.asSuperuser(); Statement sql = admin.createStatement()) {
			while (Instant.now().isBefore(deadline)) {
				try (ResultSet rs = sql.executeQuery("select count(*) from pg_stat_activity where datname = '"
						+ database.name() + "' and wait_event_type = 'Lock'")) {
					rs.next();
					if (rs.getLong(1) > 0) {
						return;
					}
				}
				Thread.sleep(50);
			}
		}
		throw new AssertionError("the start never waited for the other node's holidays");
	}

}
