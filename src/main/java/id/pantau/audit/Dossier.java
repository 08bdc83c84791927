package id.pantau.audit;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Lays out a case dossier as PDF: the case, the verification of the audit log, the
 * decisions, the documents with their hashes and the full timeline.
 */
final class Dossier {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);

	private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);

	private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7);

	private static final int DETAIL_MAX = 600;

	private Dossier() {
	}

	/**
	 * The PDF.
	 * @param caseFacts label and value pairs describing the case, in order
	 * @param decisions label and value pairs of the decisions taken
	 */
	static byte[] render(String caseNumber, Map<String, String> caseFacts, ChainVerification verification,
			List<Map<String, String>> decisions, List<StoredFile> files, Map<Long, Boolean> intact,
			List<HistoryEntry> timeline, String generatedBy, Instant generatedAt) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
		PdfWriter.getInstance(doc, out);
		doc.addTitle("Dossier " + caseNumber);
		doc.open();
		doc.add(new Paragraph("Dossier perkara / Case dossier " + caseNumber, TITLE));
		doc.add(new Paragraph("Dibuat / generated " + generatedAt + " oleh / by " + generatedBy, TEXT));
		section(doc, "Perkara / Case");
		doc.add(pairs(caseFacts));
		section(doc, "Verifikasi log audit / Audit log verification");
		Map<String, String> check = new LinkedHashMap<>();
		check.put("result", verification.intact() ? "INTACT" : "BROKEN");
		check.put("entries checked", Long.toString(verification.entriesChecked()));
		check.put("chain head", verification.lastSeq() + " " + verification.lastHash());
		check.put("first broken entry", (verification.firstBrokenSeq() != null)
				? verification.firstBrokenSeq() + " " + verification.problem() : "-");
		check.put("verified at", String.valueOf(verification.verifiedAt()));
		doc.add(pairs(check));
		section(doc, "Keputusan / Decisions");
		for (Map<String, String> decision : decisions) {
			doc.add(pairs(decision));
		}
		if (decisions.isEmpty()) {
			doc.add(new Paragraph("-", TEXT));
		}
		section(doc, "Dokumen / Documents");
		doc.add(files(files, intact));
		section(doc, "Riwayat / Timeline");
		doc.add(timeline(timeline));
		doc.close();
		return out.toByteArray();
	}

	private static void section(Document doc, String title) {
		Paragraph p = new Paragraph(title, HEADING);
		p.setSpacingBefore(10);
		p.setSpacingAfter(4);
		doc.add(p);
	}

	private static PdfPTable pairs(Map<String, String> pairs) {
		PdfPTable table = new PdfPTable(new float[] { 1, 4 });
		table.setWidthPercentage(100);
		pairs.forEach((k, v) -> {
			table.addCell(cell(k, TEXT));
			table.addCell(cell(v, TEXT));
		});
		return table;
	}

	private static PdfPTable files(List<StoredFile> files, Map<Long, Boolean> intact) {
		PdfPTable table = new PdfPTable(new float[] { 0.5f, 3, 1.5f, 1, 6, 1 });
		table.setWidthPercentage(100);
		for (String h : List.of("id", "file", "type", "bytes", "SHA-256", "intact")) {
			table.addCell(cell(h, HEADING));
		}
		for (StoredFile f : files) {
			table.addCell(cell(Long.toString(f.fileId()), TEXT));
			table.addCell(cell(f.fileName() + " (" + f.kind() + ", " + f.storedBy() + ", " + f.storedAt() + ")", TEXT));
			table.addCell(cell(f.contentType(), TEXT));
			table.addCell(cell(Long.toString(f.size()), TEXT));
			table.addCell(cell(f.sha256(), SMALL));
			table.addCell(cell(Boolean.TRUE.equals(intact.get(f.fileId())) ? "yes" : "NO", TEXT));
		}
		return table;
	}

	private static PdfPTable timeline(List<HistoryEntry> entries) {
		PdfPTable table = new PdfPTable(new float[] { 2, 1.6f, 1.8f, 1.6f, 6, 2 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String h : List.of("when (UTC)", "what", "step", "who (role)", "detail", "why")) {
			table.addCell(cell(h, HEADING));
		}
		for (HistoryEntry e : entries) {
			table.addCell(cell(e.at().toString(), SMALL));
			table.addCell(cell(e.type(), SMALL));
			table.addCell(cell((e.stepName() != null) ? e.stepName() : e.stepKey(), SMALL));
			table.addCell(
					cell((e.actor() != null) ? e.actor() + ((e.roles() != null) ? " (" + e.roles() + ")" : "") : null,
							SMALL));
			table.addCell(cell(clip(e.detail()), SMALL));
			table.addCell(cell(e.reason(), SMALL));
		}
		return table;
	}

	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase((text != null) ? text : "", font));
		cell.setVerticalAlignment(Element.ALIGN_TOP);
		return cell;
	}

	private static String clip(String text) {
		return (text == null || text.length() <= DETAIL_MAX) ? text : text.substring(0, DETAIL_MAX) + " ...";
	}

}
