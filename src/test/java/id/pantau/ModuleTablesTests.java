package id.pantau;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No module's SQL names another module's table: each table belongs to one module, which
 * answers for it through its API. The SQL strings of every main source file are scanned
 * (string literals and text blocks) for the tables they read or write. The engine's own
 * tables ({@code ACT_*}) belong to Camunda and are not listed.
 */
class ModuleTablesTests {

	private static final Path SOURCES = Path.of("src/main/java/id/pantau");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Each table of Pantau's migrations and the module that owns it. */
	static final Map<String, String> OWNERS = owners(Map.of(
	// @formatter:off
			"intake", "neutrality_case alleged_act case_number_counter audit_step",
			"investigation", "examination_minutes examination_report examination_report_act examination_team_member summons",
			"sanction", "appeal follow_up_report not_proven_notice sanction_decision",
			"rules", "case_rule_version sanction_recommendation rule_change",
			"calendar", "public_holiday",
			"identity", "region known_user",
			"escalation", "notification",
			"audit", "audit_log audit_chain_head stored_file stored_file_content",
			"letters", "letter letter_content letter_template"));
			// @formatter:on

	/**
	 * Crossings that exist today and are to be removed (issue 12: the oversight module's
	 * own read model fed by the owners' events, or the owners' APIs). The list may only
	 * shrink: a crossing fixed must leave it, a new one fails.
	 */
	static final Set<String> KNOWN_CROSSINGS = Set.of("audit/AuditLogTimeline -> intake.audit_step",
			"audit/AuditQueries -> intake.audit_step", "audit/FollowUpReportQuery -> intake.audit_step",
			"audit/AuditQueries -> intake.neutrality_case", "audit/AuditQueries -> sanction.sanction_decision",
			"audit/CaseDossiers -> intake.neutrality_case", "audit/CaseDossiers -> sanction.sanction_decision",
			"audit/EntityChangeAuditor -> intake.neutrality_case",
			"audit/FollowUpReportQuery -> investigation.examination_report",
			"audit/FollowUpReportQuery -> investigation.examination_report_act",
			"audit/FollowUpReportQuery -> sanction.follow_up_report",
			"audit/FollowUpReportQuery -> intake.neutrality_case",
			"audit/FollowUpReportQuery -> sanction.sanction_decision",
			"audit/RequestAuditor -> intake.neutrality_case");

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	private static final Pattern TABLE_USE = Pattern
		.compile("(?i)\\b(?:from|join|into|update|table|exists)\\s+([a-z_][a-z0-9_]*)");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	@Test
	void knowsTheOwnerOfEveryTableOfTheMigrations() throws IOException {
		Set<String> created = new TreeSet<>();
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".sql")).toList()) {
				Matcher m = CREATE_TABLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (m.find()) {
					created.add(m.group(1).toLowerCase());
				}
			}
		}
		assertThat(OWNERS.keySet()).as("tables with an owner").containsAll(created);
	}

	@Test
	void findsNoModuleNamingAnotherModulesTableBeyondTheKnownCrossings() throws IOException {
		Set<String> crossings = crossings();

		assertThat(crossings).as("SQL naming another module's table").isSubsetOf(KNOWN_CROSSINGS);
		assertThat(KNOWN_CROSSINGS).as("crossings fixed: remove them from KNOWN_CROSSINGS").isSubsetOf(crossings);
	}

	@Test
	void seesACrossingInAnSqlString() {
		String source = "class X { String q = \"select n.case_number from neutrality_case n \" + \"join summons s\"; }";

		assertThat(tablesNamedIn(source)).contains("neutrality_case", "summons");
	}

	static Set<String> crossings() throws IOException {
		Set<String> crossings = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String module = SOURCES.relativize(file).getName(0).toString();
				String type = file.getFileName().toString().replace(".java", "");
				for (String table : tablesNamedIn(Files.readString(file, StandardCharsets.UTF_8))) {
					String owner = OWNERS.get(table);
					if (owner != null && !owner.equals(module)) {
						crossings.add(module + "/" + type + " -> " + owner + "." + table);
					}
				}
			}
		}
		return crossings;
	}

	static Set<String> tablesNamedIn(String source) {
		List<String> literals = new ArrayList<>();
		Matcher blocks = TEXT_BLOCK.matcher(source);
		while (blocks.find()) {
			literals.add(blocks.group(1));
		}
		Matcher strings = LITERAL.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
		while (strings.find()) {
			literals.add(strings.group(1));
		}
		Matcher uses = TABLE_USE.matcher(String.join(" ", literals));
		Set<String> tables = new TreeSet<>();
		while (uses.find()) {
			tables.add(uses.group(1).toLowerCase());
		}
		return tables;
	}

	private static Map<String, String> owners(Map<String, String> tablesByModule) {
		return tablesByModule.entrySet()
			.stream()
			.flatMap((e) -> Stream.of(e.getValue().split(" ")).map((table) -> Map.entry(table, e.getKey())))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
