package id.pantau.audit;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import id.pantau.shared.BusinessTime;

/**
 * Lays out a case dossier as PDF: the case, the verification of the audit log, the
 * decisions, the documents with their hashes and the full timeline. Every moment is shown
 * in the zone of the case's region, with the zone's name (WIB, WITA, WIT).
 */
final class Dossier {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);

	private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);

	private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7);

	private static final int DETAIL_MAX = 600;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private Dossier() {
	}

	/**
	 * The PDF.
	 * @param caseFacts label and value pairs describing the case, in order
	 * @param decisions label and value pairs of the decisions taken
	 */
	static byte[] render(String caseNumber, Map<String, String> caseFacts, ChainVerification verification,
			List<Map<String, String>> decisions, List<StoredFile> files, Map<Long, Boolean> intact,
			List<HistoryEntry> timeline, String generatedBy, Instant generatedAt, ZoneId zone) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
		PdfWriter.getInstance(doc, out);
		doc.addTitle("Dossier " + caseNumber);
		doc.open();
		doc.add(new Paragraph("Dossier perkara / Case dossier " + caseNumber, TITLE));
		doc.add(new Paragraph("Dibuat / generated " + when(generatedAt, zone) + " oleh / by " + generatedBy, TEXT));
		section(doc, "Perkara / Case");
		doc.add(pairs(caseFacts));
		section(doc, "Verifikasi log audit / Audit log verification");
		Map<String, String> check = new LinkedHashMap<>();
		check.put("result", verification.intact() ? "INTACT" : "BROKEN");
		check.put("entries checked", Long.toString(verification.entriesChecked()));
		check.put("chain head", verification.lastSeq() + " " + verification.lastHash());
		check.put("first broken entry", (verification.firstBrokenSeq() != null)
				? verification.firstBrokenSeq() + " " + verification.problem() : "-");
		check.put("verified at", when(verification.verifiedAt(), zone));
		doc.add(pairs(check));
		section(doc, "Keputusan / Decisions");
		for (Map<String, String> decision : decisions) {
			doc.add(pairs(decision));
		}
		if (decisions.isEmpty()) {
			doc.add(new Paragraph("-", TEXT));
		}
		section(doc, "Dokumen / Documents");
		doc.add(files(files, intact, zone));
		section(doc, "Riwayat / Timeline");
		doc.add(timeline(timeline, zone));
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

	/** A moment in the region's zone: {@code 2024-05-06 09:30:00 WITA}. */
	static String when(Instant at, ZoneId zone) {
		return (at != null) ? WHEN.format(at.atZone(zone)) + " " + BusinessTime.label(zone) : "-";
	}

	private static PdfPTable files(List<StoredFile> files, Map<Long, Boolean> intact, ZoneId zone) {
		PdfPTable table = new PdfPTable(new float[] { 0.5f, 3, 1.5f, 1, 6, 1 });
		table.setWidthPercentage(100);
		for (String h : List.of("id", "file", "type", "bytes", "SHA-256", "intact")) {
			table.addCell(cell(h, HEADING));
		}
		for (StoredFile f : files) {
			table.addCell(cell(Long.toString(f.fileId()), TEXT));
			table.addCell(
					cell(f.fileName() + " (" + f.kind() + ", " + f.storedBy() + ", " + when(f.storedAt(), zone) + ")",
							TEXT));
			table.addCell(cell(f.contentType(), TEXT));
			table.addCell(cell(Long.toString(f.size()), TEXT));
			table.addCell(cell(f.sha256(), SMALL));
			table.addCell(cell(Boolean.TRUE.equals(intact.get(f.fileId())) ? "yes" : "NO", TEXT));
		}
		return table;
	}

	private static PdfPTable timeline(List<HistoryEntry> entries, ZoneId zone) {
		PdfPTable table = new PdfPTable(new float[] { 2, 1.6f, 1.8f, 1.6f, 6, 2 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String h : List.of("when (" + BusinessTime.label(zone) + ")", "what", "step", "who (role)", "detail",
				"why")) {
			table.addCell(cell(h, HEADING));
		}
		for (HistoryEntry e : entries) {
			table.addCell(cell(when(e.at(), zone), SMALL));
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
