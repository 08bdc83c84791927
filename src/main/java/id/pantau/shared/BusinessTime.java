package id.pantau.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Business time: the engine's clock (so tests that move the engine clock move every
 * deadline with it) read in Western Indonesia Time.
 */
public final class BusinessTime {

	/** The zone in which dates of letters and deadlines are read (WIB). */
	public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	private BusinessTime() {
	}

	public static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	public static LocalDate today() {
		return LocalDate.ofInstant(now(), ZONE);
	}

}
