package id.pantau.oversight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The dashboard's figures as an Excel workbook, one sheet per table the page shows, the
 * columns named as in the JSON; numbers as numbers, text never read as a formula.
 */
public final class DashboardExport {

	private DashboardExport() {
	}

	/** The workbook of the figures. */
	public static byte[] xlsx(Dashboard.Figures f) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			sheet(book, "filter", List.of("regions", "from", "to", "electionType", "electionYear"),
					List.of(Arrays.asList(String.join(" ", f.regions()), text(f.from()), text(f.to()), f.electionType(),
							f.electionYear())));
			sheet(book, "byStage", List.of("stage", "status", "cases"),
					f.byStage().stream().map((r) -> Arrays.<Object>asList(r.stage(), r.status(), r.cases())).toList());
			sheet(book, "byUnit", List.of("unit", "cases"),
					f.byUnit().stream().map((r) -> Arrays.<Object>asList(r.unit(), r.cases())).toList());
			sheet(book, "byViolation", List.of("violation", "cases"),
					f.byViolation().stream().map((r) -> Arrays.<Object>asList(r.violation(), r.cases())).toList());
			sheet(book, "byElection", List.of("electionType", "electionYear", "cases"),
					f.byElection()
						.stream()
						.map((r) -> Arrays.<Object>asList(r.electionType(), r.electionYear(), r.cases()))
						.toList());
			Dashboard.Funnel n = f.funnel();
			sheet(book, "funnel", List.of("reported", "proven", "sanctioned", "followedUp", "followUpRatePercent"), List
				.of(Arrays.asList(n.reported(), n.proven(), n.sanctioned(), n.followedUp(), n.followUpRatePercent())));
			sheet(book, "overdueByStep", List.of("stepKey", "ownerRole", "steps"),
					f.overdueByStep()
						.stream()
						.map((r) -> Arrays.<Object>asList(r.stepKey(), r.ownerRole(), r.steps()))
						.toList());
			sheet(book, "stepDays",
					List.of("stepKey", "ownerRole", "deadlineDays", "ended", "averageWorkingDays", "medianWorkingDays",
							"onTimePercent"),
					f.stepDays()
						.stream()
						.map((r) -> Arrays.<Object>asList(r.stepKey(), r.ownerRole(), r.deadlineDays(), r.ended(),
								r.averageWorkingDays(), r.medianWorkingDays(), r.onTimePercent()))
						.toList());
			sheet(book, "pact", List.of("signedPact", "cases", "proven"),
					f.pact()
						.stream()
						.map((r) -> Arrays.<Object>asList(r.signedPact(), r.cases(), r.proven()))
						.toList());
			if (f.coverage() != null) {
				List<List<?>> rows = new java.util.ArrayList<>(f.coverage()
					.units()
					.stream()
					.map((u) -> Arrays.<Object>asList(u.unit(), u.headcount(), u.signed(), u.percent()))
					.toList());
				rows.add(Arrays.asList("", f.coverage().headcount(), f.coverage().signed(), f.coverage().percent()));
				sheet(book, "coverage", List.of("unit", "headcount", "signed", "percent"), rows);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sheet(XSSFWorkbook book, String name, List<String> header, List<? extends List<?>> rows) {
		Sheet sheet = book.createSheet(name);
		Row head = sheet.createRow(0);
		for (int i = 0; i < header.size(); i++) {
			head.createCell(i).setCellValue(header.get(i));
		}
		int r = 1;
		for (List<?> values : rows) {
			Row row = sheet.createRow(r++);
			for (int i = 0; i < values.size(); i++) {
				Object v = values.get(i);
				Cell cell = row.createCell(i);
				if (v instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (v instanceof Boolean b) {
					cell.setCellValue(b);
				}
				else if (v != null) {
					cell.setCellValue(v.toString());
				}
			}
		}
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
