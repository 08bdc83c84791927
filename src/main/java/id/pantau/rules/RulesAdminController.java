package id.pantau.rules;

import java.util.List;

import id.pantau.calendar.HolidayCalendar;
import id.pantau.calendar.PublicHoliday;
import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's changes to the rules: sanction table versions and holidays per
 * year, each recorded (who, when, what, which version) in the same transaction.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Administration")
@Validated
class RulesAdminController {

	private final TableDeployments tables;

	private final HolidayCalendar holidays;

	private final RuleChanges changes;

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	RulesAdminController(TableDeployments tables, HolidayCalendar holidays, RuleChanges changes,
			CurrentUser currentUser, AccessPolicy policy) {
		this.tables = tables;
		this.holidays = holidays;
		this.changes = changes;
		this.currentUser = currentUser;
		this.policy = policy;
	}

	@PostMapping(path = "/sanction-table/versions",
			consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE, "application/dmn+xml" })
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Deploy a new version of the sanction table (DMN XML); running cases keep theirs")
	@Transactional
	public TableDeployments.TableVersion deployTable(@RequestBody String dmn) {
		PantauUser admin = admin();
		TableDeployments.TableVersion version = this.tables.deploy(dmn, admin.username());
		record(admin, "SANCTION_TABLE", "DEPLOY", String.valueOf(version.tableVersion()),
				"deployment " + version.deploymentId());
		return version;
	}

	@GetMapping("/sanction-table/versions")
	@Operation(summary = "Versions of the sanction table, newest first")
	public List<TableDeployments.TableVersion> tableVersions() {
		admin();
		return this.tables.versions();
	}

	@GetMapping("/holidays/{year}")
	@Operation(summary = "National holidays and collective leave of a year")
	public List<PublicHoliday> holidays(@PathVariable int year) {
		admin();
		return this.holidays.ofYear(checkYear(year));
	}

	@PutMapping("/holidays/{year}")
	@Operation(summary = "Replace the year's holidays")
	@Transactional
	public List<PublicHoliday> replaceHolidays(@PathVariable int year, @Valid @RequestBody HolidayList body) {
		PantauUser admin = admin();
		List<PublicHoliday> result = this.holidays.replaceYear(checkYear(year), body.holidays());
		record(admin, "HOLIDAYS", "REPLACE", String.valueOf(year), describe(body.holidays()));
		return result;
	}

	@PostMapping("/holidays/{year}")
	@Operation(summary = "Add days to the year's holidays")
	@Transactional
	public List<PublicHoliday> extendHolidays(@PathVariable int year, @Valid @RequestBody HolidayList body) {
		PantauUser admin = admin();
		List<PublicHoliday> result = this.holidays.extendYear(checkYear(year), body.holidays());
		record(admin, "HOLIDAYS", "EXTEND", String.valueOf(year), describe(body.holidays()));
		return result;
	}

	@GetMapping("/rule-changes")
	@Operation(summary = "Every change to the rules, newest first (at most 500)")
	@Transactional(readOnly = true)
	public List<RuleChange.View> ruleChanges() {
		admin();
		return this.changes.findByOrderByIdDesc(PageRequest.of(0, 500)).stream().map(RuleChange::view).toList();
	}

	/** The days of a year. */
	record HolidayList(@NotNull List<@NotNull @Valid PublicHoliday> holidays) {
	}

	private PantauUser admin() {
		PantauUser user = this.currentUser.get();
		this.policy.requireAnyRole(user, Groups.ADMIN);
		return user;
	}

	private void record(PantauUser admin, String subject, String action, String version, String detail) {
		this.changes
			.save(new RuleChange(subject, action, version, truncate(detail), admin.username(), BusinessTime.now()));
	}

	private static int checkYear(int year) {
		if (year < 2000 || year > 2100) {
			// as text: a number would be written with a thousands separator ("1.999")
			throw new InvalidInputException("year", "holiday.year", String.valueOf(year));
		}
		return year;
	}

	private static String describe(List<PublicHoliday> days) {
		StringBuilder text = new StringBuilder();
		for (PublicHoliday day : days) {
			text.append(day.date()).append(' ').append(day.kind()).append(' ').append(day.name()).append("; ");
		}
		return text.toString();
	}

	private static String truncate(String text) {
		return (text.length() > 4000) ? text.substring(0, 3997) + "..." : text;
	}

}
