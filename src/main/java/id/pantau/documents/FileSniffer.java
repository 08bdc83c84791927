package id.pantau.documents;

import id.pantau.shared.ScanType;

/** Whether a file's first bytes match its declared content type. */
final class FileSniffer {

	private FileSniffer() {
	}

	static boolean matches(String contentType, byte[] bytes) {
		return switch (contentType) {
			case "application/pdf", "image/png", "image/jpeg" ->
				ScanType.of(bytes).filter(contentType::equals).isPresent();
			case "text/plain" -> !contains0(bytes);
			default -> true;
		};
	}

	private static boolean contains0(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

}
