package id.pantau.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A spreadsheet keeps the number each row has in the file, blank lines skipped: an
 * import's report then names the row the official sees in Excel or in the CSV.
 */
class SheetTests {

	@Test
	void numbersCsvRowsAsTheirLinesAcrossBlankLinesAndQuotedLineBreaks() {
		String csv = "NIP;Nama\n\n198501012010011001;Budi\n;\n\"198501012010011002\";\"Ani\nSiti\"\n198501012010011003;Dewi";
		Sheet sheet = Sheet.read("daftar.csv", csv.getBytes(StandardCharsets.UTF_8));

		// a line of separators only is a row (of empty cells, which the import refuses)
		assertThat(sheet.rows()).extracting((r) -> r.get(0))
			.containsExactly("198501012010011001", "", "198501012010011002", "198501012010011003");
		assertThat(List.of(sheet.line(0), sheet.line(1), sheet.line(2), sheet.line(3))).containsExactly(3, 4, 5, 7);
	}

	@Test
	void numbersExcelRowsAsExcelDoes() throws IOException {
		byte[] bytes;
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = book.createSheet("Daftar");
			sheet.createRow(1).createCell(0).setCellValue("NIP");
			sheet.createRow(2).createCell(0).setCellValue("198501012010011001");
			sheet.createRow(5).createCell(0).setCellValue("198501012010011002");
			book.write(out);
			bytes = out.toByteArray();
		}
		Sheet sheet = Sheet.read("daftar.xlsx", bytes);

		assertThat(sheet.header()).containsExactly("NIP");
		assertThat(List.of(sheet.line(0), sheet.line(1))).containsExactly(3, 6);
	}

}
