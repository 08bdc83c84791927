package id.pantau.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pantau.calendar.Deadlines;
import id.pantau.calendar.WorkingDays;
import id.pantau.identity.RegionTime;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseRegistration;
import id.pantau.intake.CaseSource;
import id.pantau.intake.ElectionStage;
import id.pantau.intake.ElectionType;
import id.pantau.intake.PositionType;
import id.pantau.intake.RegisterCaseRequest;
import id.pantau.shared.EmploymentType;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads six fictitious cases into an empty database: at verification (one overdue), at
 * the summons, stalled at the PPK's decision, at team assignment, and one closed.
 */
@Component
class DemoCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private final DemoProperties properties;

	private final CaseDirectory directory;

	private final CaseRegistration registration;

	private final DemoWalker walker;

	private final Deadlines deadlines;

	private final WorkingDays workingDays;

	private final RegionTime regionTime;

	DemoCases(DemoProperties properties, CaseDirectory directory, CaseRegistration registration, DemoWalker walker,
			Deadlines deadlines, WorkingDays workingDays, RegionTime regionTime) {
		this.workingDays = workingDays;
		this.regionTime = regionTime;
		this.properties = properties;
		this.directory = directory;
		this.registration = registration;
		this.walker = walker;
		this.deadlines = deadlines;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.enabled() || this.directory.count() > 0) {
			return;
		}
		// the demo regions are all in WIB
		LocalDate today = this.regionTime.today("probolinggo");
		atVerification(today);
		overdueAtVerification(today);
		atAttendance(today);
		atDecision(today);
		atTeamAssignment(today);
		closedNotOurAuthority(today);
		log.info("Loaded 6 demo cases (fictitious people) for the local profile");
	}

	private void atVerification(LocalDate today) {
		register("intake-prob", "probolinggo", CaseSource.BKN_RECOMMENDATION, "B-1444/KASN/04/2024", today.minusDays(2),
				employee("198504122010011002", "Suyono Hadi Prasetyo", EmploymentType.PNS, "Guru Ahli Muda",
						PositionType.FUNCTIONAL, "Dinas Pendidikan"),
				Violation.SOCMED_INTERACT, "Menyukai dan membagikan unggahan akun tim kampanye pasangan calon.");
	}

	/** Received long enough ago that its verification is past due. */
	private void overdueAtVerification(LocalDate today) {
		register("intake-prob", "probolinggo", CaseSource.BAWASLU_FINDING, "015/TM/PILKADA/PROB/X/2024",
				today.minusDays(20),
				employee("197911032005022001", "Endang Puspitasari", EmploymentType.PNS, "Kepala Seksi Pelayanan",
						PositionType.STRUCTURAL, "Kecamatan Kraksaan"),
				Violation.ATTEND_CAMPAIGN, "Hadir dan mengenakan atribut pada kampanye terbuka pasangan calon.");
	}

	private void atAttendance(LocalDate today) {
		LocalDate received = today.minusDays(45);
		String number = register("intake-prob", "probolinggo", CaseSource.PUBLIC_COMPLAINT, "LAPOR-2024-118273",
				received,
				employee("199203172019031004", "Dimas Arya Nugraha", EmploymentType.PNS, "Pengelola Data",
						PositionType.EXECUTOR, "Badan Pendapatan Daerah"),
				Violation.PHOTO_WITH_CANDIDATE, "Mengunggah foto bersama calon bupati dengan pose simbol nomor urut.");
		LocalDate hearing = lastWorkingDayBefore(today);
		investigateUntilSummons(number, noticeBefore(hearing), hearing);
		this.walker.claim(number, Tasks.RECORD_ATTENDANCE, "insp1-prob");
	}

	private void atDecision(LocalDate today) {
		String number = register("intake-prob", "probolinggo", CaseSource.BKN_RECOMMENDATION, "B-2210/JP.01/11/2024",
				today.minusDays(45),
				employee("198807252022212003", "Ratna Sari Widuri", EmploymentType.PPPK, "Penata Layanan Operasional",
						PositionType.EXECUTOR, "Dinas Kesehatan"),
				Violation.BANNER, "Memasang spanduk dukungan pasangan calon di pagar rumah dinas.");
		LocalDate issued = today.minusDays(30);
		LocalDate hearing = this.deadlines.workingDaysAfter(issued, "summons-notice");
		investigateUntilSummons(number, issued, hearing);
		this.walker.complete(number, Tasks.RECORD_ATTENDANCE, "insp1-prob", Map.of("attended", true));
		this.walker.complete(number, Tasks.EXAMINE_EMPLOYEE, "insp1-prob", Map.of("examinedOn", hearing.toString(),
				"summary", "Pegawai mengakui memasang spanduk atas permintaan kerabat.", "signedByEmployee", true));
		this.walker.complete(number, Tasks.WRITE_REPORT, "insp2-prob",
				Map.of("proven", true, "actsProven", List.of("BANNER"), "findings",
						"Terbukti memasang spanduk dukungan.", "legalBasis",
						"PP 94/2021 Pasal 5 huruf n; PP 49/2018 (PPPK)", "recommendedSanction",
						"RELEASE_FROM_POSITION_12_MONTHS"));
		this.walker.complete(number, Tasks.REVIEW_REPORT, "inspektur-prob", Map.of("approved", true));
		this.walker.complete(number, Tasks.DRAFT_DECISION, "hr-prob", Map.of("draftNumber", "800.1.6.4/117/426.2/2024",
				"proposedSanction", "RELEASE_FROM_POSITION_12_MONTHS"));
	}

	private void atTeamAssignment(LocalDate today) {
		String number = register("intake-pmk", "pamekasan", CaseSource.BAWASLU_REPORT, "07/LP/PB/Kab/16.09/X/2024",
				today.minusDays(8),
				employee("197606082000121001", "Slamet Riyadi Wibowo", EmploymentType.PNS, "Sekretaris Dinas",
						PositionType.STRUCTURAL, "Dinas Pertanian"),
				Violation.SOCMED_CAMPAIGN, "Mengajak warga memilih pasangan calon melalui grup percakapan.");
		this.walker.complete(number, Tasks.VERIFY_CASE, "intake-pmk", Map.of("outcome", "ACCEPTED"));
	}

	private void closedNotOurAuthority(LocalDate today) {
		String number = register("intake-pmk", "pamekasan", CaseSource.PUBLIC_COMPLAINT, "ADU-PMK-2024-0042",
				today.minusDays(20),
				employee("199012302015031002", "Fajar Kurniawan", EmploymentType.PNS, "Analis Kebijakan",
						PositionType.FUNCTIONAL, "Biro Pemerintahan Provinsi"),
				Violation.SOCMED_INTERACT, "Mengomentari unggahan kampanye; pegawai ternyata pegawai provinsi.");
		this.walker.complete(number, Tasks.VERIFY_CASE, "intake-pmk",
				Map.of("outcome", "NOT_OUR_AUTHORITY", "forwardedTo", "Inspektorat Provinsi Jawa Timur"));
	}

	private LocalDate lastWorkingDayBefore(LocalDate day) {
		LocalDate before = day.minusDays(1);
		while (!this.workingDays.isWorkingDay(before)) {
			before = before.minusDays(1);
		}
		return before;
	}

	/** A day early enough for a summons to the hearing on the given day. */
	private LocalDate noticeBefore(LocalDate hearing) {
		LocalDate issued = hearing.minusDays(10);
		while (this.deadlines.workingDaysAfter(issued, "summons-notice").isAfter(hearing)) {
			issued = issued.minusDays(1);
		}
		return issued;
	}

	private void investigateUntilSummons(String number, LocalDate issued, LocalDate hearingDay) {
		this.walker.complete(number, Tasks.VERIFY_CASE, "intake-prob", Map.of("outcome", "ACCEPTED"));
		this.walker.complete(number, Tasks.ASSIGN_TEAM, "inspektur-prob",
				Map.of("members", List.of("insp1-prob", "insp2-prob"), "examinationBoard", false));
		LocalDateTime hearing = hearingDay.atTime(9, 0);
		this.walker.complete(number, Tasks.ISSUE_SUMMONS, "insp1-prob", Map.of("letterNumber", "700/" + number + "/1",
				"issuedOn", issued.toString(), "hearingAt", hearing.toString(), "place", "Kantor Inspektorat"));
	}

	private String register(String username, String region, CaseSource source, String reference, LocalDate received,
			RegisterCaseRequest.Employee employee, Violation act, String description) {
		RegisterCaseRequest request = new RegisterCaseRequest(region, source, reference, received, received, employee,
				new RegisterCaseRequest.Election(ElectionType.PILKADA, 2024, ElectionStage.CANDIDACY), Set.of(act),
				description, null, new RegisterCaseRequest.Reporter("Pelapor (dirahasiakan)", null));
		return this.registration.register(request, this.walker.user(username)).number();
	}

	private static RegisterCaseRequest.Employee employee(String nip, String name, EmploymentType type, String position,
			PositionType positionType, String unit) {
		return new RegisterCaseRequest.Employee(nip, name, type, position, positionType, unit);
	}

}
