package id.pantau.oversight;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@Test
	void quotesFieldsWithCommasQuotesAndLineBreaks() {
		assertThat(Csv.field("Nur, \"Ani\"\nFiktif")).isEqualTo("\"Nur, \"\"Ani\"\"\nFiktif\"");
		assertThat(Csv.field("plain")).isEqualTo("plain");
		assertThat(Csv.field(null)).isEmpty();
	}

	@Test
	void neutralisesTextsASpreadsheetWouldRunAsFormulas() {
		assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(Csv.field("+62 812")).isEqualTo("'+62 812");
		assertThat(Csv.field("-1+2")).isEqualTo("'-1+2");
		assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.field(-5)).as("numbers stay numbers").isEqualTo("-5");
	}

	@Test
	void endsLinesWithCrLfInUtf8() {
		byte[] bytes = new Csv().row("a", 1).row("Nur’aini").bytes();
		assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("a,1\r\nNur’aini\r\n");
	}

}
