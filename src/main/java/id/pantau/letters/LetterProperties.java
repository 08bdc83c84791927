package id.pantau.letters;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of letters ({@code pantau.letters.*}, docs/letters.md).
 *
 * @param regions letterhead and signers per region code
 * @param requiredSigned per step (task definition key), the document type whose signed
 * scan must be uploaded before the step completes
 * @param maxScanSize the largest signed scan accepted
 */
@ConfigurationProperties("pantau.letters")
record LetterProperties(Map<String, Letterhead> regions, Map<String, LetterType> requiredSigned,
		@DefaultValue("10MB") DataSize maxScanSize) {

	LetterProperties {
		regions = (regions != null) ? Map.copyOf(regions) : Map.of();
		requiredSigned = (requiredSigned != null) ? Map.copyOf(requiredSigned) : Map.of();
	}

	/**
	 * A region's letterhead.
	 *
	 * @param government e.g. PEMERINTAH KABUPATEN PROBOLINGGO
	 * @param head the head of region as a decision names him, e.g. BUPATI PROBOLINGGO
	 * @param inspectorate the inspectorate's name in its letterhead
	 * @param personnel the personnel office's (BKPSDM) name in its letterhead
	 * @param address address line under the letterhead
	 * @param place where letters are dated
	 * @param logo a PNG or JPEG file printed at the top of the PDF, if set
	 * @param signers who signs for each office (inspectorate, personnel, head)
	 */
	record Letterhead(String government, String head, String inspectorate, String personnel, String address,
			String place, String logo, Map<String, Signer> signers) {

		Letterhead {
			signers = (signers != null) ? Map.copyOf(signers) : Map.of();
		}

		Optional<Signer> signer(LetterType.Office office) {
			return Optional.ofNullable(this.signers.get(office.name().toLowerCase(Locale.ROOT)));
		}

	}

	/** A signature block. */
	record Signer(String name, String nip, String position) {
	}

	/** The document a step requires signed, matching keys as Spring binds them. */
	Optional<LetterType> requiredFor(String stepKey) {
		String wanted = normalized(stepKey);
		return this.requiredSigned.entrySet()
			.stream()
			.filter((e) -> normalized(e.getKey()).equals(wanted))
			.map(Map.Entry::getValue)
			.findFirst();
	}

	private static String normalized(String key) {
		return key.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
	}

}
