package id.pantau.oversight;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Comma-separated values per RFC 4180: a field with a comma, quote or line break is
 * quoted, quotes doubled; lines end with CRLF; UTF-8. A text that a spreadsheet would
 * take for a formula (starting with {@code = + - @}, tab or carriage return) gets a
 * leading apostrophe, so an exported name cannot run as a formula on an auditor's PC.
 */
public final class Csv {

	private final StringBuilder out = new StringBuilder();

	public Csv row(List<?> fields) {
		for (int i = 0; i < fields.size(); i++) {
			this.out.append((i > 0) ? "," : "").append(field(fields.get(i)));
		}
		this.out.append("\r\n");
		return this;
	}

	public Csv row(Object... fields) {
		return row(java.util.Arrays.asList(fields));
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	public byte[] bytes() {
		return this.out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
