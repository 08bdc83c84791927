package id.pantau.oversight;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
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
import id.pantau.audit.ChainVerification;
import id.pantau.documents.StoredFile;
import id.pantau.timeline.HistoryEntry;
import id.pantau.shared.BusinessTime;

/**
 * Lays out a case dossier as PDF, in Indonesian: the case, the verification of the audit
 * log, the decisions, the documents with their hashes and the full timeline. People are
 * named with their position, steps, sanctions and acts by their names, every moment in
 * the zone of the case's region with the zone's name (WIB, WITA, WIT).
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
	 * @param generatedBy who asked for it, by name and position
	 */
	static byte[] render(String caseNumber, Map<String, String> caseFacts, ChainVerification verification,
			List<Map<String, String>> decisions, List<StoredFile> files, Map<Long, Boolean> intact,
			List<HistoryEntry> timeline, String generatedBy, Instant generatedAt, ZoneId zone, DossierWords words) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
		PdfWriter.getInstance(doc, out);
		doc.addTitle(words.text("dossier.title", caseNumber));
		doc.open();
		doc.add(new Paragraph(words.text("dossier.title", caseNumber), TITLE));
		doc.add(new Paragraph(words.text("dossier.generated", words.dateTime(generatedAt, zone), generatedBy), TEXT));
		section(doc, words.text("dossier.section.case"));
		doc.add(pairs(caseFacts));
		section(doc, words.text("dossier.section.chain"));
		Map<String, String> check = new LinkedHashMap<>();
		check.put(words.text("dossier.chain.result"),
				words.text(verification.intact() ? "dossier.chain.intact" : "dossier.chain.broken"));
		check.put(words.text("dossier.chain.checked"), Long.toString(verification.entriesChecked()));
		check.put(words.text("dossier.chain.head"), verification.lastSeq() + " " + verification.lastHash());
		check.put(words.text("dossier.chain.first-broken"), (verification.firstBrokenSeq() != null)
				? verification.firstBrokenSeq() + " " + verification.problem() : "-");
		check.put(words.text("dossier.chain.verified-at"), words.dateTime(verification.verifiedAt(), zone));
		doc.add(pairs(check));
		section(doc, words.text("dossier.section.decisions"));
		for (Map<String, String> decision : decisions) {
			doc.add(pairs(decision));
		}
		if (decisions.isEmpty()) {
			doc.add(new Paragraph("-", TEXT));
		}
		section(doc, words.text("dossier.section.documents"));
		doc.add(files(files, intact, zone, words));
		section(doc, words.text("dossier.section.timeline"));
		doc.add(timeline(timeline, zone, words));
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

	private static PdfPTable files(List<StoredFile> files, Map<Long, Boolean> intact, ZoneId zone, DossierWords words) {
		PdfPTable table = new PdfPTable(new float[] { 0.5f, 3, 1.5f, 1, 6, 1 });
		table.setWidthPercentage(100);
		for (String h : List.of("no", "file", "type", "size", "sha256", "intact")) {
			table.addCell(cell(words.text("dossier.file." + h), HEADING));
		}
		for (StoredFile f : files) {
			table.addCell(cell(Long.toString(f.fileId()), TEXT));
			table.addCell(cell(
					f.fileName() + " (" + words.text("web.case.documents.kind." + f.kind()) + ", "
							+ words.person(f.storedBy(), null) + ", " + words.dateTime(f.storedAt(), zone) + ")",
					TEXT));
			table.addCell(cell(f.contentType(), TEXT));
			table.addCell(cell(words.text("web.case.documents.bytes", f.size()), TEXT));
			table.addCell(cell(f.sha256(), SMALL));
			table.addCell(cell(words.yesNo(Boolean.TRUE.equals(intact.get(f.fileId()))), TEXT));
		}
		return table;
	}

	private static PdfPTable timeline(List<HistoryEntry> entries, ZoneId zone, DossierWords words) {
		PdfPTable table = new PdfPTable(new float[] { 2, 1.8f, 1.8f, 2, 5, 2 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String h : List.of("when", "what", "step", "who", "detail", "why")) {
			table.addCell(cell(words.text("dossier.timeline." + h, BusinessTime.label(zone)), HEADING));
		}
		for (HistoryEntry e : entries) {
			table.addCell(cell(words.dateTime(e.at(), zone), SMALL));
			table.addCell(cell(words.label("HistoryType", e.type()), SMALL));
			table.addCell(cell(words.step(e.stepKey(), e.stepName()), SMALL));
			table.addCell(cell(words.person(e.actor(), e.roles()), SMALL));
			table.addCell(cell(clip(words.detail(e.detail())), SMALL));
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
