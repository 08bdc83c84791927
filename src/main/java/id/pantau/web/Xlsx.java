package id.pantau.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet Excel workbook (Office Open XML, .xlsx) written by hand: a bold header row,
 * texts as inline strings (a NIP stays text, never 1.98703E+17, and no text is ever read
 * as a formula), dates and date-times as Excel dates with a day-month-year format,
 * numbers as numbers. Nothing else of the format is used, so no library is needed.
 */
final class Xlsx {

	private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

	private final String sheetName;

	private final List<List<?>> rows = new ArrayList<>();

	Xlsx(String sheetName) {
		this.sheetName = sheetName;
	}

	/**
	 * Adds a row: String, LocalDate, LocalDateTime, Number or Boolean values, or null.
	 */
	Xlsx row(List<?> values) {
		this.rows.add(values);
		return this;
	}

	Xlsx row(Object... values) {
		return row(java.util.Arrays.asList(values));
	}

	byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
							<Default Extension="xml" ContentType="application/xml"/>\
							<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
							<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
							<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
							</Types>""");
			put(zip, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
							</Relationships>""");
			put(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
					xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
					<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>"""
				.formatted(escape(this.sheetName)));
			put(zip, "xl/_rels/workbook.xml.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
							<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
							</Relationships>""");
			// styles: 0 plain, 1 date, 2 date-time, 3 bold header
			put(zip, "xl/styles.xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
							<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>\
							<numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts>\
							<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
							<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
							<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
							<borders count="1"><border/></borders>\
							<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
							<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
							<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
							<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
							<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
							</styleSheet>""");
			put(zip, "xl/worksheets/sheet1.xml", sheet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private String sheet() {
		StringBuilder xml = new StringBuilder(
				"""
						<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
						<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
						<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
						</sheetView></sheetViews><sheetData>""");
		for (int r = 0; r < this.rows.size(); r++) {
			xml.append("<row r=\"").append(r + 1).append("\">");
			List<?> values = this.rows.get(r);
			for (int c = 0; c < values.size(); c++) {
				cell(xml, column(c) + (r + 1), values.get(c), r == 0);
			}
			xml.append("</row>");
		}
		return xml.append("</sheetData></worksheet>").toString();
	}

	private static void cell(StringBuilder xml, String ref, Object value, boolean header) {
		if (value == null) {
			return;
		}
		xml.append("<c r=\"").append(ref).append('"');
		if (value instanceof LocalDateTime at) {
			double serial = ChronoUnit.DAYS.between(EPOCH, at.toLocalDate())
					+ at.toLocalTime().toSecondOfDay() / 86400.0;
			xml.append(" s=\"2\"><v>").append(serial).append("</v></c>");
		}
		else if (value instanceof LocalDate day) {
			xml.append(" s=\"1\"><v>").append(ChronoUnit.DAYS.between(EPOCH, day)).append("</v></c>");
		}
		else if (value instanceof Number number) {
			xml.append("><v>").append(number).append("</v></c>");
		}
		else if (value instanceof Boolean yes) {
			xml.append(" t=\"b\"><v>").append(yes ? 1 : 0).append("</v></c>");
		}
		else {
			xml.append(header ? " s=\"3\"" : "")
				.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
				.append(escape(value.toString()))
				.append("</t></is></c>");
		}
	}

	/** A, B, ... Z, AA, AB ... */
	static String column(int index) {
		StringBuilder name = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			name.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return name.toString();
	}

	/** XML text: markup escaped, characters XML 1.0 cannot carry left out. */
	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((cp) -> {
			switch (cp) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> {
					if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
							|| (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
						out.appendCodePoint(cp);
					}
				}
			}
		});
		return out.toString();
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
