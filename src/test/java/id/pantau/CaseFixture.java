package id.pantau;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Registration payloads of fictitious cases. */
public final class CaseFixture {

	/** A plausible NIP: born 12 April 1985, appointed January 2010, male, serial 002. */
	public static final String NIP = "198504122010011002";

	private CaseFixture() {
	}

	/**
	 * A complete, valid registration in the given region, with a reference of its own.
	 */
	public static Map<String, Object> registration(String region, String referenceNumber) {
		Map<String, Object> request = new HashMap<>();
		request.put("region", region);
		request.put("source", "BKN_RECOMMENDATION");
		request.put("referenceNumber", referenceNumber);
		request.put("referenceDate", LocalDate.now().minusDays(5).toString());
		request.put("receivedOn", LocalDate.now().minusDays(3).toString());
		request.put("employee", new HashMap<>(Map.of("nip", NIP, "name", "Budi Santoso Fiktif", "employmentType", "PNS",
				"position", "Guru Ahli Pertama", "positionType", "FUNCTIONAL", "unit", "Dinas Pendidikan")));
		request.put("election", Map.of("type", "PILKADA", "year", 2024, "stage", "CANDIDACY"));
		request.put("allegedActs", List.of("SOCMED_INTERACT"));
		request.put("description", "Membagikan unggahan kampanye pasangan calon.");
		request.put("reporter", Map.of("name", "Pelapor Rahasia", "contact", "0812-0000-0000"));
		return request;
	}

	/**
	 * The same registration with one top-level field replaced (null sends an explicit
	 * null).
	 */
	public static Map<String, Object> with(Map<String, Object> registration, String field, Object value) {
		Map<String, Object> changed = new HashMap<>(registration);
		changed.put(field, value);
		return changed;
	}

	/** The same registration with one employee field replaced. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> withEmployee(Map<String, Object> registration, String field, Object value) {
		Map<String, Object> employee = new HashMap<>((Map<String, Object>) registration.get("employee"));
		employee.put(field, value);
		return with(registration, "employee", employee);
	}

}
