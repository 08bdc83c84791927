package id.pantau.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.pantau.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national holidays and collective leave per year: shipped in
 * {@code calendar/holidays-id.csv}, loaded into the table for every year it lacks at
 * startup, changed per year by an administrator. Every change reaches {@link WorkingDays}
 * at once.
 */
@Component
public class HolidayCalendar implements SmartInitializingSingleton {

	static final String SHIPPED = "calendar/holidays-id.csv";

	private static final Logger log = LoggerFactory.getLogger(HolidayCalendar.class);

	private final Holidays holidays;

	private final WorkingDays workingDays;

	private final TransactionTemplate transactions;

	HolidayCalendar(Holidays holidays, WorkingDays workingDays, TransactionTemplate transactions) {
		this.holidays = holidays;
		this.workingDays = workingDays;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			this.transactions.executeWithoutResult((status) -> loadShippedYears());
		}
		catch (DataIntegrityViolationException ex) {
			// another node starting at the same moment loaded the same year and committed
			// first (issue 13, several nodes); its rows are there now, so load what is
			// left
			log.info("Another node loaded shipped holidays at the same moment; loading what is left");
			this.transactions.executeWithoutResult((status) -> loadShippedYears());
		}
		reload();
	}

	/** The non-working days of a year, by date. */
	@Transactional(readOnly = true)
	public List<PublicHoliday> ofYear(int year) {
		return this.holidays.findByHolidayYearOrderByDate(year).stream().map(Holiday::view).toList();
	}

	/**
	 * Replaces the year's list.
	 * @throws InvalidInputException (field {@code holidays[i].date}) for a date outside
	 * the year or given twice; nothing is changed then
	 */
	@Transactional
	public List<PublicHoliday> replaceYear(int year, List<PublicHoliday> days) {
		check(year, days, Set.of());
		this.holidays.deleteByHolidayYear(year);
		this.holidays.flush();
		save(days);
		return ofYear(year);
	}

	/**
	 * Adds days to the year's list.
	 * @throws InvalidInputException (field {@code holidays[i].date}) for a date outside
	 * the year, given twice or already listed; nothing is changed then
	 */
	@Transactional
	public List<PublicHoliday> extendYear(int year, List<PublicHoliday> days) {
		Set<LocalDate> listed = ofYear(year).stream().map(PublicHoliday::date).collect(Collectors.toSet());
		check(year, days, listed);
		save(days);
		return ofYear(year);
	}

	private void save(List<PublicHoliday> days) {
		this.holidays.saveAll(days.stream().map((d) -> new Holiday(d.date(), d.kind(), d.name().strip())).toList());
		this.holidays.flush();
		reloadAfterCommit();
	}

	private static void check(int year, List<PublicHoliday> days, Set<LocalDate> listed) {
		Set<LocalDate> seen = new HashSet<>(listed);
		for (int i = 0; i < days.size(); i++) {
			LocalDate date = days.get(i).date();
			if (date.getYear() != year) {
				throw new InvalidInputException("holidays[" + i + "].date", "holiday.outside-year", date, year);
			}
			if (!seen.add(date)) {
				throw new InvalidInputException("holidays[" + i + "].date", "holiday.duplicate", date);
			}
		}
	}

	private void reloadAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					reload();
				}
			});
		}
		else {
			reload();
		}
	}

	private void reload() {
		this.workingDays.useHolidays(this.holidays.findAll().stream().map(Holiday::date).collect(Collectors.toSet()));
	}

	private void loadShippedYears() {
		Map<Integer, List<Holiday>> byYear = new TreeMap<>();
		for (Holiday day : readShipped()) {
			byYear.computeIfAbsent(day.date().getYear(), (y) -> new ArrayList<>()).add(day);
		}
		byYear.forEach((year, days) -> {
			if (!this.holidays.existsByHolidayYear(year)) {
				this.holidays.saveAll(days);
				log.info("Loaded {} holidays of {} from {}", days.size(), year, SHIPPED);
			}
		});
	}

	static List<Holiday> readShipped() {
		List<Holiday> days = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(SHIPPED).getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] cells = line.split(",", 3);
					days.add(new Holiday(LocalDate.parse(cells[0].strip()), HolidayKind.valueOf(cells[1].strip()),
							cells[2].strip()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return days;
	}

}
