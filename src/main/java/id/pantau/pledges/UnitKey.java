package id.pantau.pledges;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key a unit (OPD) is known by in its region: its name in capitals with spacing and
 * punctuation evened out, so that "Dinas Pendidikan", "DINAS PENDIDIKAN" and "Dinas
 * Pendidikan." are one unit.
 */
final class UnitKey {

	private UnitKey() {
	}

	static String of(String name) {
		String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
		return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
