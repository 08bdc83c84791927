package id.pantau.letters;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Filling a DOCX template: placeholders as Word stores them, repeated rows, blanks. */
class DocxLetterTests {

	@Test
	void fillsAPlaceholderThatWordSplitOverSeveralRuns() throws IOException {
		XWPFDocument template = new XWPFDocument();
		XWPFParagraph paragraph = template.createParagraph();
		paragraph.createRun().setText("Perkara ${case.");
		paragraph.createRun().setText("number} atas nama ${employee.name}");

		String text = text(DocxLetter.fill(DocxLetter.bytes(template),
				new LetterFields(Map.of("case.number", "PROB-2026-0007", "employee.name", "Budi"), List.of())));

		assertThat(text).contains("Perkara PROB-2026-0007 atas nama Budi").doesNotContain("${");
	}

	@Test
	void repeatsTheTableRowOfRowPlaceholdersForEachRow() throws IOException {
		byte[] template = DefaultLetterTemplates.docx("|No.|Perkara|\n|${row.no}|${row.case}|\n");

		String text = text(DocxLetter.fill(template, new LetterFields(Map.of(),
				List.of(Map.of("no", "1", "case", "PROB-1"), Map.of("no", "2", "case", "PROB-2")))));

		assertThat(text).contains("1\tPROB-1", "2\tPROB-2").doesNotContain("${");
	}

	@Test
	void printsDotsWhereAValueIsNotKnownYet() throws IOException {
		byte[] template = DefaultLetterTemplates.docx("Nomor: ${letter.number}\n");

		assertThat(text(DocxLetter.fill(template, new LetterFields(Map.of(), List.of()))))
			.contains("Nomor: " + LetterFields.BLANK);
	}

	@Test
	void findsEveryPlaceholderAndRefusesWhatIsNoDocx() throws IOException {
		byte[] template = DefaultLetterTemplates.docx("^${region.government}\n|${row.no}|${case.nomor}|\n");

		assertThat(DocxLetter.placeholders(DocxLetter.open(template))).containsExactly("region.government", "row.no",
				"case.nomor");
		assertThatIllegalArgumentException().isThrownBy(() -> DocxLetter.open("%PDF-1.4".getBytes()));
	}

	@Test
	void shipsADefaultTemplateForEveryFormUsingOnlyKnownPlaceholders() {
		for (LetterType type : LetterType.values()) {
			for (String form : type.forms()) {
				byte[] shipped = LetterTemplates.shipped(form).content();
				assertThat(LetterFields.known(type)).as(form)
					.containsAll(DocxLetter.placeholders(DocxLetter.open(shipped)));
			}
		}
	}

	private static String text(XWPFDocument doc) throws IOException {
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

}
