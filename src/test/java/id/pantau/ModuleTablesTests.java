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
	static final Map<String, String> OWNERS = owners(Map.ofEntries(
	// @formatter:off
			Map.entry("intake", "neutrality_case alleged_act case_number_counter audit_step"),
			Map.entry("investigation", "examination_minutes examination_report examination_report_act examination_team_member summons"),
			Map.entry("sanction", "appeal follow_up_report not_proven_notice sanction_decision"),
			Map.entry("rules", "case_rule_version sanction_recommendation sanction_recommendation_proposal rule_change"),
			Map.entry("calendar", "public_holiday"),
			Map.entry("identity", "region known_user"),
			Map.entry("escalation", "notification"),
			Map.entry("audit", "audit_log audit_chain_head"),
			Map.entry("documents", "stored_file stored_file_content"),
			Map.entry("oversight", "oversight_case oversight_case_act oversight_step"),
			Map.entry("mail", "mail_outbox mail_preference inbox_seen"),
			Map.entry("letters", "letter letter_content letter_template"),
			Map.entry("pledges", "org_unit pledge_campaign pledge_campaign_document pledge_signatory pledge_import pledge_import_row"),
			Map.entry("bulkintake", "bulk_intake_import bulk_intake_row")));
			// @formatter:on

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

		assertThat(crossings)
			.as("SQL naming another module's table: answer through the owner's API or keep a read "
					+ "model fed by its events")
			.isEmpty();
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
