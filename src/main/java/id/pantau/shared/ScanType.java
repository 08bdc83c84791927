package id.pantau.shared;

import java.util.Optional;

/**
 * The media type of a scan (a signed letter, a signed pact), told by its first bytes:
 * PDF, JPEG or PNG; nothing for anything else.
 */
public final class ScanType {

	private ScanType() {
	}

	public static Optional<String> of(byte[] content) {
		if (starts(content, '%', 'P', 'D', 'F')) {
			return Optional.of("application/pdf");
		}
		if (starts(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (starts(content, 0x89, 'P', 'N', 'G')) {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
