package id.pantau.intake;

import java.time.LocalDate;
import java.util.Optional;

import id.pantau.shared.EmploymentType;

/**
 * The plausibility check of an employee number (NIP), for lists that do not say whether
 * the employee is a PNS or a PPPK (pledge signatories, imported lists).
 */
public final class Nips {

	private Nips() {
	}

	/**
	 * The message key of the rule the number breaks as a PNS number, when it is plausible
	 * neither as a PNS nor as a PPPK number; empty when it is plausible as either.
	 */
	public static Optional<String> problem(String nip, LocalDate today) {
		Optional<String> asPns = Nip.problem(nip, EmploymentType.PNS, today);
		if (asPns.isEmpty() || Nip.problem(nip, EmploymentType.PPPK, today).isEmpty()) {
			return Optional.empty();
		}
		return asPns;
	}

}
