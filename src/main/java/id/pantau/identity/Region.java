package id.pantau.identity;

import java.time.ZoneId;

/**
 * A kabupaten or kota; its code is the Camunda tenant id.
 *
 * @param code region code, e.g. {@code probolinggo}
 * @param name official name, e.g. Kabupaten Probolinggo
 * @param casePrefix prefix of its case numbers, e.g. {@code PROB}
 * @param zoneId its time zone, e.g. {@code Asia/Makassar} (WITA) for Buleleng
 */
public record Region(String code, String name, String casePrefix, String zoneId) {

	/** The zone its deadlines end in and its dates are judged in. */
	public ZoneId zone() {
		return ZoneId.of(this.zoneId);
	}

}
