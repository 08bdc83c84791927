package id.pantau.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes the default letter templates shipped in
 * {@code src/main/resources/letters/templates} (run {@link #main} after changing a form
 * here; the files are committed). Each line of a form is a paragraph: {@code ^} bold
 * centred, {@code ~} centred, {@code >} the signature column, {@code }} right-aligned,
 * {@code ---} a rule under the letterhead, {@code |a|b|} a table row (rows in a row
 * belong to one table; a row with {@code ${row.*}} is repeated for each row of the
 * letter's table).
 */
final class DefaultLetterTemplates {

	static final String LETTERHEAD = """
			^${region.government}
			^${region.office}
			~${region.address}
			---
			""";

	static final String SIGNATURE = """
			>${signer.position}
			>
			>
			>
			>${signer.name}
			>NIP ${signer.nip}
			""";

	static final String EMPLOYEE = """
			|Nama|: ${employee.name}|
			|NIP|: ${employee.nip}|
			|Pangkat/Gol. Ruang|: ..............................|
			|Jabatan|: ${employee.position}|
			|Unit Kerja|: ${employee.unit}|
			""";

	static Map<String, String> forms() {
		Map<String, String> forms = new LinkedHashMap<>();
		forms.put("summons-1", summons("I", ""));
		forms.put("summons-2", summons("II",
				"Panggilan ini adalah panggilan kedua; apabila Saudara tidak hadir, hukuman disiplin dijatuhkan berdasarkan alat bukti dan keterangan yang ada tanpa dilakukan pemeriksaan.\n"));
		forms.put("minutes", LETTERHEAD
				+ """
						^BERITA ACARA PEMERIKSAAN
						~Nomor: ${letter.number}

						Pada hari ini ${minutes.day}, tanggal ${minutes.date}, kami tim pemeriksa: ${team.members}, berdasarkan kewenangan menurut Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, telah melakukan pemeriksaan tertutup terhadap:
						"""
				+ EMPLOYEE
				+ """
						karena yang bersangkutan diduga melakukan pelanggaran netralitas: ${case.acts} (perkara ${case.number}).
						Ringkasan pemeriksaan: ${minutes.summary}
						Penandatanganan oleh pegawai: ${minutes.signature}
						Demikian berita acara pemeriksaan ini dibuat untuk dapat dipergunakan sebagaimana mestinya.

						|Yang diperiksa,|Tim pemeriksa,|
						|${employee.name}|${signer.name}|
						|NIP ${employee.nip}|NIP ${signer.nip}|
						""");
		forms.put("report", LETTERHEAD + """
				^LAPORAN HASIL PEMERIKSAAN
				~Nomor: ${letter.number}

				Perkara ${case.number}, sumber ${case.source} nomor ${case.reference}, diterima ${case.received}.
				""" + EMPLOYEE + """

				|Kesimpulan|${report.finding}|
				|Perbuatan yang terbukti|${report.acts}|
				|Uraian temuan|${report.findings}|
				|Dasar hukum|${report.legal-basis}|
				|Hukuman yang direkomendasikan tim|${report.sanction}|
				|Rekomendasi tabel hukuman|${recommendation.level}: ${recommendation.sanctions}|
				|Dasar hukum rekomendasi|${recommendation.legal-basis} (tabel versi ${recommendation.table-version})|

				}${letter.place}, ${letter.date}
				""" + SIGNATURE);
		forms.put("decision-moral", decision("MORAL", "pernyataan secara ${decision.moral-kind}",
				"Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik Pegawai Negeri Sipil"));
		forms.put("decision-light", decision("DISIPLIN TINGKAT RINGAN", "hukuman disiplin tingkat ringan",
				"Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, Pasal 8 ayat (2)"));
		forms.put("decision-moderate", decision("DISIPLIN TINGKAT SEDANG", "hukuman disiplin tingkat sedang",
				"Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, Pasal 8 ayat (3)"));
		forms.put("decision-severe", decision("DISIPLIN TINGKAT BERAT", "hukuman disiplin tingkat berat",
				"Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, Pasal 8 ayat (4)"));
		forms.put("not-proven",
				LETTERHEAD
						+ """
								}${letter.place}, ${letter.date}
								|Nomor|: ${letter.number}|
								|Sifat|: Rahasia|
								|Lampiran|: -|
								|Hal|: Pemberitahuan hasil pemeriksaan|

								Yth. Sdr. ${employee.name}
								NIP ${employee.nip}
								${employee.position}, ${employee.unit}
								di ${region.place}

								Berdasarkan laporan hasil pemeriksaan atas perkara ${case.number} (${case.source} nomor ${case.reference}), dengan ini diberitahukan bahwa dugaan pelanggaran netralitas yang disangkakan kepada Saudara: ${case.acts}, tidak terbukti. Perkara ini ditutup tanpa penjatuhan hukuman.
								Demikian untuk diketahui.

								"""
						+ SIGNATURE + """

								Tembusan:
								1. Kepala Badan Kepegawaian Negara;
								2. Ketua Badan Pengawas Pemilihan Umum.
								""");
		forms.put("delivery-record",
				LETTERHEAD
						+ """
								^BERITA ACARA PENYAMPAIAN KEPUTUSAN HUKUMAN DISIPLIN

								Pada tanggal ${delivery.date} telah disampaikan ${delivery.method} Keputusan ${region.head} Nomor ${decision.number} tanggal ${decision.date} tentang penjatuhan hukuman disiplin berupa ${decision.sanction} kepada:
								"""
						+ EMPLOYEE + """
								Demikian berita acara ini dibuat dengan sebenarnya.

								|Yang menerima,|Yang menyampaikan,|
								|${employee.name}|${signer.name}|
								|NIP ${employee.nip}|NIP ${signer.nip}|
								""");
		forms.put("follow-up",
				LETTERHEAD
						+ """
								}${letter.place}, ${letter.date}
								|Nomor|: ${letter.number}|
								|Sifat|: Penting|
								|Lampiran|: 1 (satu) berkas|
								|Hal|: Laporan tindak lanjut rekomendasi pelanggaran netralitas ASN|

								Yth. 1. Kepala Badan Kepegawaian Negara
								2. Ketua Badan Pengawas Pemilihan Umum
								di Jakarta

								Menindaklanjuti rekomendasi atas pelanggaran netralitas Aparatur Sipil Negara, dengan ini kami laporkan tindak lanjut sebagai berikut:

								|No.|Nomor perkara|Nama / NIP|Rekomendasi|Hukuman|Keputusan|
								|${row.no}|${row.case}|${row.employee}|${row.reference}|${row.sanction}|${row.decree}|

								Demikian kami sampaikan, atas perhatiannya diucapkan terima kasih.

								"""
						+ SIGNATURE + """

								Tembusan:
								1. Menteri Dalam Negeri;
								2. Gubernur.
								""");
		return forms;
	}

	private static String summons(String round, String warning) {
		return LETTERHEAD + """
				}${letter.place}, ${letter.date}
				|Nomor|: ${letter.number}|
				|Sifat|: Rahasia|
				|Lampiran|: -|
				|Hal|: Panggilan %1$s|

				Yth. Sdr. ${employee.name}
				di ${region.place}

				^SURAT PANGGILAN %1$s
				Dengan ini diminta kehadiran Saudara:
				""".formatted(round) + EMPLOYEE + """
				untuk menghadap kepada tim pemeriksa pada:
				|Hari, tanggal|: ${hearing.day}|
				|Jam|: ${hearing.time}|
				|Tempat|: ${hearing.place}|
				untuk diperiksa sehubungan dengan dugaan pelanggaran netralitas: ${case.acts} (perkara ${case.number}).
				""" + warning + """
				Demikian untuk dilaksanakan.

				""" + SIGNATURE + """

				Tembusan:
				1. Atasan langsung yang bersangkutan;
				2. Kepala BKPSDM.
				""";
	}

	private static String decision(String title, String sanctionKind, String basis) {
		return """
				^KEPUTUSAN ${region.head}
				~NOMOR ${letter.number}
				^TENTANG
				^PENJATUHAN HUKUMAN %1$s
				^${region.head},
				|Menimbang|: bahwa berdasarkan laporan hasil pemeriksaan perkara ${case.number}, Sdr. ${employee.name}, NIP ${employee.nip}, terbukti melakukan pelanggaran netralitas: ${report.acts}, sehingga perlu dijatuhi %2$s;|
				|Mengingat|: 1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara; 2. %3$s; 3. ${report.legal-basis};|
				^MEMUTUSKAN:
				|Menetapkan|: |
				|KESATU|: Menjatuhkan %2$s berupa ${decision.sanction} kepada Sdr. ${employee.name}, NIP ${employee.nip}, ${employee.position}, ${employee.unit}.|
				|KEDUA|: Keputusan ini mulai berlaku pada tanggal ditetapkan.|

				}Ditetapkan di ${letter.place}
				}pada tanggal ${letter.date}
				"""
			.formatted(title, sanctionKind, basis) + SIGNATURE + """

					Tembusan:
					1. Kepala Badan Kepegawaian Negara;
					2. Inspektur ${region.name};
					3. Pegawai yang bersangkutan.
					""";
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of((args.length > 0) ? args[0] : "src/main/resources/letters/templates");
		for (Map.Entry<String, String> form : forms().entrySet()) {
			try (OutputStream out = Files.newOutputStream(folder.resolve(form.getKey() + ".docx"))) {
				out.write(docx(form.getValue()));
			}
		}
	}

	static byte[] docx(String form) throws IOException {
		try (XWPFDocument doc = new XWPFDocument()) {
			XWPFTable table = null;
			for (String line : List.of(form.split("\n", -1))) {
				if (line.startsWith("|")) {
					table = row(doc, table, line);
					continue;
				}
				table = null;
				paragraph(doc, line);
			}
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			doc.write(out);
			return out.toByteArray();
		}
	}

	private static XWPFTable row(XWPFDocument doc, XWPFTable table, String line) {
		String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
		XWPFTableRow row;
		if (table == null) {
			table = doc.createTable(1, cells.length);
			if (cells.length == 2) {
				table.removeBorders();
			}
			row = table.getRow(0);
		}
		else {
			row = table.createRow();
		}
		for (int i = 0; i < cells.length; i++) {
			XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
			p.createRun().setText(cells[i]);
		}
		return table;
	}

	private static void paragraph(XWPFDocument doc, String line) {
		XWPFParagraph p = doc.createParagraph();
		String text = line;
		boolean bold = false;
		if (line.equals("---")) {
			p.setBorderBottom(Borders.THICK);
			return;
		}
		if (line.startsWith("^")) {
			p.setAlignment(ParagraphAlignment.CENTER);
			bold = true;
			text = line.substring(1);
		}
		else if (line.startsWith("~")) {
			p.setAlignment(ParagraphAlignment.CENTER);
			text = line.substring(1);
		}
		else if (line.startsWith("}")) {
			p.setAlignment(ParagraphAlignment.RIGHT);
			text = line.substring(1);
		}
		else if (line.startsWith(">")) {
			p.setIndentationLeft(5000);
			text = line.substring(1);
		}
		XWPFRun run = p.createRun();
		run.setBold(bold);
		run.setFontFamily("Arial");
		run.setFontSize(11);
		run.setText(text);
	}

}
