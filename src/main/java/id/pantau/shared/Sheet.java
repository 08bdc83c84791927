package id.pantau.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A spreadsheet as officials keep them, CSV (comma or semicolon, UTF-8, quoted fields) or
 * Excel (XLSX, first sheet): a header row, then one row per record. Cells are read as
 * text; dates in Excel date cells become {@code yyyy-MM-dd}; a NIP typed as a number
 * keeps all its digits. Blank lines are skipped, but each row keeps the number the
 * official sees beside it (Excel's row number, the CSV's line), so that a report names
 * the row where it is.
 *
 * @param lines the number of each row in the file, as {@link #rows()}; the header's is
 * the first line with something in it
 */
public record Sheet(List<String> header, List<List<String>> rows, List<Integer> lines) {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	static {
		// a zip bomb answers a clear refusal, not an exhausted server (POI's setting is
		// global: set once, not on every file read)
		ZipSecureFile.setMinInflateRatio(0.005);
	}

	public static Sheet read(String fileName, byte[] bytes) {
		if (bytes.length >= 4 && bytes[0] == ZIP[0] && bytes[1] == ZIP[1] && bytes[2] == ZIP[2] && bytes[3] == ZIP[3]) {
			return xlsx(bytes);
		}
		String lower = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
			throw new InvalidInputException("file", "sheet.file.not-xlsx");
		}
		return csv(bytes);
	}

	/**
	 * The column of the first header among the names given (case and spaces ignored), or
	 * -1.
	 */
	public int column(String... names) {
		for (String name : names) {
			for (int i = 0; i < this.header.size(); i++) {
				if (normal(this.header.get(i)).equals(normal(name))) {
					return i;
				}
			}
		}
		return -1;
	}

	/**
	 * The number of the row at the index in the file (the header is row 1 of most files).
	 */
	public int line(int index) {
		return this.lines.get(index);
	}

	public static String cell(List<String> row, int column) {
		if (column < 0 || column >= row.size()) {
			return "";
		}
		return row.get(column).strip();
	}

	private static String normal(String name) {
		return name.replace("\uFEFF", "").replaceAll("[\\s_\\-.]+", "").toLowerCase(Locale.ROOT);
	}

	private static Sheet csv(byte[] bytes) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidInputException("file", "sheet.file.not-utf8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int firstLine = text.indexOf('\n');
		String head = (firstLine >= 0) ? text.substring(0, firstLine) : text;
		char separator = (count(head, ';') > count(head, ',')) ? ';' : ',';
		List<Integer> lines = new ArrayList<>();
		List<List<String>> all = parse(text, separator, lines);
		if (all.isEmpty()) {
			throw new InvalidInputException("file", "sheet.file.empty");
		}
		return new Sheet(all.get(0), all.subList(1, all.size()), lines.subList(1, lines.size()));
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter((ch) -> ch == c).count();
	}

	/**
	 * RFC 4180 fields: quotes around a field, doubled quotes inside it, line breaks in
	 * it.
	 */
	private static List<List<String>> parse(String text, char separator, List<Integer> lines) {
		List<List<String>> rows = new ArrayList<>();
		int line = 1;
		int start = 1;
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
				continue;
			}
			if (c == '"' && field.isEmpty()) {
				quoted = true;
				any = true;
			}
			else if (c == separator) {
				row.add(field.toString());
				field.setLength(0);
				any = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				if (any || row.stream().anyMatch((f) -> !f.isBlank())) {
					rows.add(row);
					lines.add(start);
				}
				row = new ArrayList<>();
				any = false;
				line++;
				start = line;
			}
			else {
				field.append(c);
				any = true;
			}
		}
		if (any || !field.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
			lines.add(start);
		}
		return rows;
	}

	private static Sheet xlsx(byte[] bytes) {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			if (book.getNumberOfSheets() == 0) {
				throw new InvalidInputException("file", "sheet.file.empty");
			}
			DataFormatter format = new DataFormatter(Locale.ROOT);
			List<List<String>> all = new ArrayList<>();
			List<Integer> lines = new ArrayList<>();
			for (Row r : book.getSheetAt(0)) {
				List<String> row = new ArrayList<>();
				for (int c = 0; c < Math.max(r.getLastCellNum(), 0); c++) {
					row.add(text(r.getCell(c), format));
				}
				if (row.stream().anyMatch((f) -> !f.isBlank())) {
					all.add(row);
					lines.add(r.getRowNum() + 1);
				}
			}
			if (all.isEmpty()) {
				throw new InvalidInputException("file", "sheet.file.empty");
			}
			return new Sheet(all.get(0), all.subList(1, all.size()), lines.subList(1, lines.size()));
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("file", "sheet.file.not-xlsx");
		}
	}

	private static String text(Cell cell, DataFormatter format) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		if (type == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
				return date.toString();
			}
			double value = cell.getNumericCellValue();
			if (value == Math.rint(value) && Math.abs(value) < 1e19) {
				return new java.math.BigDecimal(value).toPlainString();
			}
		}
		return format.formatCellValue(cell);
	}

}
