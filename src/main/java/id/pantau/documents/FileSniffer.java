package id.pantau.documents;

/** Whether a file's first bytes match its declared content type. */
final class FileSniffer {

	private FileSniffer() {
	}

	static boolean matches(String contentType, byte[] bytes) {
		return switch (contentType) {
			case "application/pdf" -> startsWith(bytes, '%', 'P', 'D', 'F');
			case "image/png" -> startsWith(bytes, 0x89, 'P', 'N', 'G');
			case "image/jpeg" -> startsWith(bytes, 0xFF, 0xD8, 0xFF);
			case "text/plain" -> !contains0(bytes);
			default -> true;
		};
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
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
