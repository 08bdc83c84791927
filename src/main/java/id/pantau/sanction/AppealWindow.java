package id.pantau.sanction;

import java.time.LocalDate;
import java.util.Map;

import id.pantau.shared.ConflictException;
import id.pantau.shared.InvalidInputException;

/**
 * The 14 working days after the decision's delivery in which the employee may appeal or
 * accept it in writing.
 *
 * @param deliveredOn the delivery on record, the window's legal start
 * @param lastDay the window's last day, the one its due date and timer show
 * @param today the region's today
 */
record AppealWindow(LocalDate deliveredOn, LocalDate lastDay, LocalDate today) {

	/**
	 * Admits a day of the window: not before the delivery nor after today (400 on the
	 * field), not after the window's last day (409 naming it).
	 */
	void admit(String field, LocalDate day, String lateKey) {
		if (day.isBefore(this.deliveredOn) || day.isAfter(this.today)) {
			throw new InvalidInputException(field, "appeal." + field, this.deliveredOn);
		}
		if (day.isAfter(this.lastDay)) {
			throw new ConflictException(Map.of("deadline", this.lastDay.toString()), lateKey, this.lastDay);
		}
	}

}
