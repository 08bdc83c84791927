package id.pantau.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Holidays extends JpaRepository<Holiday, LocalDate> {

	List<Holiday> findByHolidayYearOrderByDate(int year);

	boolean existsByHolidayYear(int year);

	void deleteByHolidayYear(int year);

}
