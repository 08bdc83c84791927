package id.pantau.bulkintake;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.pantau.shared.InvalidInputException;
import id.pantau.shared.Sheet;

/**
 * The columns of a list, each with the field of the registration it fills and the headers
 * it is known by (Indonesian first, English too; case, spaces and punctuation do not
 * count).
 */
enum Column {

	SOURCE("source", true, "Sumber", "Asal", "Source"),
	REFERENCE_NUMBER("referenceNumber", true, "Nomor Surat", "Nomor Rekomendasi", "Nomor Referensi", "No Surat",
			"Reference Number", "Reference"),
	REFERENCE_DATE("referenceDate", true, "Tanggal Surat", "Tanggal Rekomendasi", "Reference Date"),
	RECEIVED_ON("receivedOn", true, "Tanggal Diterima", "Diterima", "Received On", "Received"),
	NIP("employee.nip", true, "NIP", "NIP Pegawai", "Employee NIP"),
	NAME("employee.name", true, "Nama", "Nama Pegawai", "Name", "Employee Name"),
	EMPLOYMENT_TYPE("employee.employmentType", true, "Jenis Kepegawaian", "Status Kepegawaian", "Employment Type"),
	POSITION("employee.position", true, "Jabatan", "Position"),
	POSITION_TYPE("employee.positionType", true, "Jenis Jabatan", "Position Type"),
	UNIT("employee.unit", true, "Unit Kerja", "Unit", "OPD", "Perangkat Daerah"),
	ELECTION_TYPE("election.type", true, "Jenis Pemilihan", "Pemilihan", "Election Type", "Election"),
	YEAR("election.year", true, "Tahun", "Tahun Pemilihan", "Year", "Election Year"),
	STAGE("election.stage", true, "Tahapan", "Tahap", "Stage", "Election Stage"),
	ALLEGED_ACTS("allegedActs", true, "Dugaan Pelanggaran", "Pelanggaran", "Kode Pelanggaran", "Alleged Acts", "Acts",
			"Violations"),
	DESCRIPTION("description", true, "Uraian", "Kronologi", "Keterangan", "Description"),
	SOURCE_RECOMMENDATION("sourceRecommendation", false, "Rekomendasi Sanksi", "Rekomendasi Sumber",
			"Source Recommendation", "Recommended Sanction");

	private final String field;

	private final boolean required;

	private final List<String> names;

	Column(String field, boolean required, String... names) {
		this.field = field;
		this.required = required;
		this.names = List.of(names);
	}

	String field() {
		return this.field;
	}

	/** The Indonesian header, as the page and the refusals name the column. */
	String header() {
		return this.names.get(0);
	}

	/**
	 * The column of each header of the sheet.
	 * @throws InvalidInputException (field {@code file}) naming the first required column
	 * the sheet lacks
	 */
	static Map<Column, Integer> of(Sheet sheet) {
		Map<Column, Integer> found = new EnumMap<>(Column.class);
		for (Column column : values()) {
			int at = sheet.column(column.names.toArray(String[]::new));
			if (at >= 0) {
				found.put(column, at);
			}
			else if (column.required) {
				throw new InvalidInputException("file", "sheet.file.missing-column", column.header());
			}
		}
		return found;
	}

	/** The column a field of the registration comes from, or null (the region). */
	static Column ofField(String field) {
		if (field == null) {
			return null;
		}
		for (Column column : values()) {
			if (field.equals(column.field) || field.startsWith(column.field + "[")
					|| field.startsWith(column.field + ".")) {
				return column;
			}
		}
		return null;
	}

}
