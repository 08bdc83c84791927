package id.pantau.letters;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Lays out a filled DOCX letter as an A4 PDF: the same paragraphs (alignment, bold, left
 * indent, the rule under the letterhead) and tables, so that PDF and DOCX come from one
 * template; the region's logo on top when configured.
 */
final class PdfLetter {

	private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 11);

	private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);

	private PdfLetter() {
	}

	static byte[] render(XWPFDocument docx, String title, String logo) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document pdf = new Document(PageSize.A4, 70, 60, 50, 50);
		PdfWriter.getInstance(pdf, out);
		pdf.addTitle(title);
		pdf.open();
		logo(pdf, logo);
		for (IBodyElement element : docx.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				pdf.add(paragraph(paragraph));
			}
			else if (element instanceof XWPFTable table) {
				pdf.add(table(table));
			}
		}
		pdf.close();
		return out.toByteArray();
	}

	private static void logo(Document pdf, String logo) {
		if (logo == null || logo.isBlank() || !Files.isReadable(Path.of(logo))) {
			return;
		}
		try {
			Image image = Image.getInstance(logo);
			image.scaleToFit(60, 60);
			image.setAlignment(Element.ALIGN_CENTER);
			pdf.add(image);
		}
		catch (java.io.IOException | RuntimeException ex) {
			// a broken logo leaves the letter without it rather than without a letter
		}
	}

	private static Element paragraph(XWPFParagraph source) {
		if (source.getBorderBottom() != null && source.getBorderBottom() != Borders.NONE) {
			Paragraph rule = new Paragraph();
			rule.add(new LineSeparator(1.5f, 100, null, Element.ALIGN_CENTER, -2));
			return rule;
		}
		String text = source.getText();
		Paragraph paragraph = new Paragraph(text.isEmpty() ? " " : text, bold(source) ? BOLD : TEXT);
		paragraph.setAlignment(alignment(source.getAlignment()));
		if (source.getIndentationLeft() > 0) {
			paragraph.setIndentationLeft(source.getIndentationLeft() / 20f);
		}
		paragraph.setLeading(14);
		return paragraph;
	}

	private static boolean bold(XWPFParagraph paragraph) {
		return paragraph.getRuns().stream().anyMatch(XWPFRun::isBold);
	}

	private static int alignment(ParagraphAlignment alignment) {
		return switch (alignment) {
			case CENTER -> Element.ALIGN_CENTER;
			case RIGHT, END -> Element.ALIGN_RIGHT;
			case BOTH, DISTRIBUTE -> Element.ALIGN_JUSTIFIED;
			default -> Element.ALIGN_LEFT;
		};
	}

	private static PdfPTable table(XWPFTable source) {
		int columns = source.getRows().stream().mapToInt((r) -> r.getTableCells().size()).max().orElse(1);
		boolean borders = source.getTopBorderType() != null && source.getTopBorderType() != XWPFBorderType.NONE
				&& source.getTopBorderType() != XWPFBorderType.NIL;
		PdfPTable table = new PdfPTable(columns);
		table.setWidthPercentage(100);
		table.setSpacingBefore(2);
		table.setSpacingAfter(2);
		if (columns == 2 && !borders) {
			table.setWidths(new float[] { 1, 3 });
		}
		for (XWPFTableRow row : source.getRows()) {
			for (int i = 0; i < columns; i++) {
				XWPFTableCell cell = (i < row.getTableCells().size()) ? row.getCell(i) : null;
				table.addCell(cell(cell, borders));
			}
		}
		return table;
	}

	private static PdfPCell cell(XWPFTableCell source, boolean borders) {
		boolean bold = source != null && source.getParagraphs().stream().anyMatch(PdfLetter::bold);
		PdfPCell cell = new PdfPCell(new Phrase((source != null) ? source.getText() : "", bold ? BOLD : TEXT));
		cell.setBorder(borders ? Rectangle.BOX : Rectangle.NO_BORDER);
		cell.setPadding(borders ? 4 : 1);
		return cell;
	}

}
