package id.pantau.letters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * Reads a DOCX template and fills its placeholders ({@code ${name}}), in the body, its
 * tables, headers and footers. A placeholder may be split over several runs by Word: a
 * paragraph holding one is rewritten as one run with the formatting of its first. A table
 * row holding {@code ${row.*}} is repeated for each row of the letter's table.
 */
final class DocxLetter {

	static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

	private DocxLetter() {
	}

	/**
	 * The document.
	 * @throws IllegalArgumentException when the bytes are not a DOCX document
	 */
	static XWPFDocument open(byte[] docx) {
		try {
			return new XWPFDocument(new ByteArrayInputStream(docx));
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalArgumentException("not a DOCX document", ex);
		}
	}

	/** Every placeholder name the document uses, in order of appearance. */
	static Set<String> placeholders(XWPFDocument doc) {
		Set<String> names = new LinkedHashSet<>();
		for (XWPFParagraph paragraph : paragraphs(doc)) {
			Matcher m = PLACEHOLDER.matcher(paragraph.getText());
			while (m.find()) {
				names.add(m.group(1));
			}
		}
		return names;
	}

	/** The template filled with the letter's values. */
	static XWPFDocument fill(byte[] template, LetterFields fields) {
		XWPFDocument doc = open(template);
		for (XWPFTable table : tables(doc)) {
			repeatRows(table, fields.rows());
		}
		for (XWPFParagraph paragraph : paragraphs(doc)) {
			replace(paragraph, fields.values()::get, fields);
		}
		return doc;
	}

	static byte[] bytes(XWPFDocument doc) {
		try (doc) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void repeatRows(XWPFTable table, List<Map<String, String>> rows) {
		for (int i = table.getRows().size() - 1; i >= 0; i--) {
			XWPFTableRow template = table.getRow(i);
			if (!text(template).contains("${row.")) {
				continue;
			}
			for (int r = 0; r < rows.size(); r++) {
				XWPFTableRow copy = new XWPFTableRow((CTRow) template.getCtRow().copy(), table);
				Map<String, String> row = rows.get(r);
				for (XWPFTableCell cell : copy.getTableCells()) {
					for (XWPFParagraph paragraph : cell.getParagraphs()) {
						replace(paragraph, (name) -> name.startsWith("row.") ? row.get(name.substring(4)) : null, null);
					}
				}
				table.addRow(copy, i + 1 + r);
			}
			table.removeRow(i);
		}
	}

	private static void replace(XWPFParagraph paragraph, java.util.function.Function<String, String> values,
			LetterFields fields) {
		String text = paragraph.getText();
		if (!text.contains("${") || paragraph.getRuns().isEmpty()) {
			return;
		}
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (m.find()) {
			String value = values.apply(m.group(1));
			if (value == null || value.isBlank()) {
				value = (fields != null) ? fields.value(m.group(1)) : LetterFields.BLANK;
			}
			m.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		m.appendTail(filled);
		List<XWPFRun> runs = paragraph.getRuns();
		for (int i = runs.size() - 1; i > 0; i--) {
			paragraph.removeRun(i);
		}
		write(runs.get(0), filled.toString());
	}

	/** The text in the run, its line breaks as breaks. */
	private static void write(XWPFRun run, String text) {
		String[] lines = text.split("\r?\n", -1);
		run.setText(lines[0], 0);
		for (int i = run.getCTR().sizeOfTArray() - 1; i > 0; i--) {
			run.getCTR().removeT(i);
		}
		for (int i = 1; i < lines.length; i++) {
			run.addBreak();
			run.setText(lines[i]);
		}
	}

	private static String text(XWPFTableRow row) {
		StringBuilder text = new StringBuilder();
		row.getTableCells().forEach((cell) -> text.append(cell.getText()));
		return text.toString();
	}

	private static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
		List<XWPFParagraph> all = new ArrayList<>();
		collect(doc.getBodyElements(), all);
		for (XWPFHeader header : doc.getHeaderList()) {
			collect(header.getBodyElements(), all);
		}
		for (XWPFFooter footer : doc.getFooterList()) {
			collect(footer.getBodyElements(), all);
		}
		return all;
	}

	private static void collect(List<IBodyElement> elements, List<XWPFParagraph> all) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				all.add(paragraph);
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						collect(cell.getBodyElements(), all);
					}
				}
			}
		}
	}

	private static List<XWPFTable> tables(XWPFDocument doc) {
		List<XWPFTable> all = new ArrayList<>(doc.getTables());
		doc.getHeaderList().forEach((h) -> all.addAll(h.getTables()));
		doc.getFooterList().forEach((f) -> all.addAll(f.getTables()));
		return all;
	}

}
