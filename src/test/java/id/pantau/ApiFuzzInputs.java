package id.pantau;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Inputs derived from an OpenAPI document: every operation under {@code /api} with its
 * parameters and body, plausible values from the schemas, and hostile ones (wrong types,
 * huge and empty strings, control and direction characters, out-of-range numbers and
 * dates, unknown enum values, missing and extra fields, broken JSON).
 */
final class ApiFuzzInputs {

	/** Stands for a lone surrogate, which a Java string cannot carry through Jackson. */
	static final String LONE_SURROGATE = "LONE-SURROGATE-MARKER";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final List<String> HOSTILE_STRINGS = List.of("", " ", "\u0000", "a\u0000b", "\u0001\u0002\u0003",
			"line\nbreak", "tab\tx", "\u007f", "\u0085", "\u202eevil", "\u2066x\u2069", "\u200f", "\u200b", "\ufeff",
			"ß".repeat(120), "ﬃ".repeat(70), "\ud83d\ude00".repeat(100), LONE_SURROGATE, "null", "<script>x</script>",
			"' or 1=1 --", "${jdbcTemplate}", "../../etc/passwd", "%00", "\\", "\"", "PROB-2024-00001", "admin",
			"probolinggo", "9".repeat(19), "-1", "1e309", "NaN", "true", "2024-05-06", "2024-05-06T10:00:00Z");

	private static final List<String> HOSTILE_DATES = List.of("0001-01-01", "1000-01-01", "1949-12-31", "2101-01-01",
			"9999-12-31", "+999999999-12-31", "-999999999-01-01", "2024-02-30", "2024-13-01", "2024-5-6",
			"2024-05-06T10:00:00Z", "2024-05-06T10:00:00", "2024-05-06Z", "20240506", "06/05/2024", "", " ", "tomorrow",
			"2024-05-06\u0000");

	private static final List<String> HOSTILE_DATE_TIMES = List.of("2024-05-06T10:00:00Z", "2024-05-06T10:00+07:00",
			"2024-05-06", "9999-12-31T23:59:59", "0001-01-01T00:00", "2024-05-06T25:00", "2024-05-06 10:00",
			"1949-12-31T10:00", "2101-01-01T10:00", "");

	private static final List<Object> HOSTILE_NUMBERS = List.of(-1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE,
			2147483648L, Long.MAX_VALUE, Long.MIN_VALUE, 1.5, 1e308, -1e308, new java.math.BigInteger("9".repeat(400)),
			"12", "x", true);

	private static final List<String> HOSTILE_QUERY = List.of("", " ", "x", "-1", "0", "2147483647", "2147483648",
			"107374183", "-2147483648", "99999999999999999999", "1e3", "1.5", "NaN", "true", "maybe", "ASC", "desc",
			"\u0000", "\u202e", "ß".repeat(50), "a".repeat(1500), "0001-01-01", "+999999999-12-31", "9999-12-31",
			"2024-02-30", "2024-05-06T10:00:00Z", "1949-12-31", "2101-01-01", "PROB-2024-00001");

	private static final List<String> HOSTILE_PATH = List.of("0", "-1", "9223372036854775808", "99999999999999999999",
			"x", "PROB-1900-99999", "PROB-2024-00001", "PMKS-2024-00001", "ß", "\u202e", "a b", "true", "2147483648",
			"1e3", "a".repeat(300), "'", "\"", "<x>", "{}", "new", "files", "2024");

	private static final List<String> FILE_NAMES = List.of("/", "\u0000", "a\u0000b.txt", "..", ".", "../../etc/passwd",
			"C:\\temp\\bukti.txt", "", " ", "a".repeat(1000) + ".txt", "\u202etxt.exe", "bukti\u0001.txt", "bukti.txt",
			"bukti.pdf", "ß.txt", "\u200b", "con", "bukti.txt ", "a/b/c.txt", "\\", "\u0085", "dir/");

	private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/pdf", "image/png",
			"image/jpeg", "application/x-msdownload", "", "///", "text/plain; charset=\u0000", "TEXT/PLAIN",
			"application/json");

	private final JsonNode docs;

	private final Map<String, JsonNode> dictionary = new LinkedHashMap<>();

	private final ObjectMapper json;

	ApiFuzzInputs(JsonNode docs, ObjectMapper json) {
		this.docs = docs;
		this.json = json;
		this.docs.path("components").path("schemas").forEach((schema) -> collect(schema));
	}

	/** One operation of the document. */
	record Operation(String method, String path, List<JsonNode> parameters, JsonNode body, String bodyType) {

		String name() {
			return this.method + " " + this.path;
		}

	}

	/** Every operation under /api, in the document's order. */
	List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		Iterator<Map.Entry<String, JsonNode>> paths = this.docs.path("paths").fields();
		while (paths.hasNext()) {
			Map.Entry<String, JsonNode> path = paths.next();
			if (!path.getKey().startsWith("/api/")) {
				continue;
			}
			path.getValue().fields().forEachRemaining((op) -> {
				List<JsonNode> parameters = new ArrayList<>();
				op.getValue().path("parameters").forEach(parameters::add);
				JsonNode content = op.getValue().path("requestBody").path("content");
				String type = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
				JsonNode schema = (type != null) ? content.path(type).path("schema") : null;
				operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), parameters, schema, type));
			});
		}
		return operations;
	}

	/** A plausible value of the schema. */
	JsonNode plausible(JsonNode schema, Random random, int depth) {
		JsonNode s = resolve(schema);
		if (s.has("enum")) {
			return s.get("enum").get(random.nextInt(s.get("enum").size()));
		}
		String type = s.path("type").asText("");
		String format = s.path("format").asText("");
		switch (type) {
			case "object":
				ObjectNode object = NODES.objectNode();
				List<String> required = new ArrayList<>();
				s.path("required").forEach((r) -> required.add(r.asText()));
				s.path("properties").fields().forEachRemaining((p) -> {
					if (depth < 4 && (required.contains(p.getKey()) || random.nextBoolean())) {
						object.set(p.getKey(), plausible(p.getValue(), random, depth + 1));
					}
				});
				return object;
			case "array":
				ArrayNode array = NODES.arrayNode();
				int n = 1 + random.nextInt(3);
				for (int i = 0; i < n && depth < 4; i++) {
					array.add(plausible(s.path("items"), random, depth + 1));
				}
				return array;
			case "integer":
				long min = s.has("minimum") ? s.get("minimum").asLong() : 0;
				long max = s.has("maximum") ? s.get("maximum").asLong() : 50;
				return NODES.numberNode(min + (long) (random.nextDouble() * (max - min)));
			case "number":
				return NODES.numberNode(random.nextInt(100));
			case "boolean":
				return NODES.booleanNode(random.nextBoolean());
			case "string":
				if ("date".equals(format)) {
					return NODES.textNode(LocalDate.now().minusDays(random.nextInt(60)).toString());
				}
				if ("date-time".equals(format)) {
					return NODES.textNode(LocalDate.now().minusDays(random.nextInt(60)).atTime(9, 0).toString());
				}
				if ("binary".equals(format)) {
					return NODES.textNode("bytes");
				}
				return NODES.textNode("Teks " + random.nextInt(1000));
			default:
				return randomObject(random, depth);
		}
	}

	/** A hostile value for a place of this schema. */
	JsonNode hostile(JsonNode schema, Random random) {
		JsonNode s = resolve(schema);
		String type = s.path("type").asText("");
		String format = s.path("format").asText("");
		int pick = random.nextInt(10);
		if (pick == 0) {
			return NODES.nullNode();
		}
		if (pick == 1) {
			return wrongType(type, random);
		}
		if (s.has("enum")) {
			return NODES.textNode(oneOf(random, List.of("UNKNOWN", "", " ", s.get("enum").get(0).asText().toLowerCase(),
					s.get("enum").get(0).asText() + " ", "\u0000")));
		}
		return switch (type) {
			case "string" -> NODES.textNode("date".equals(format) ? oneOf(random, HOSTILE_DATES)
					: "date-time".equals(format) ? oneOf(random, HOSTILE_DATE_TIMES) : hostileString(random));
			case "integer", "number" -> this.json.valueToTree(oneOf(random, HOSTILE_NUMBERS));
			case "array" -> hostileArray(s, random);
			case "object" -> mutate(plausible(s, random, 0), s, random);
			default -> randomObject(random, 0);
		};
	}

	/** The plausible value of an object schema with one or more of its fields spoiled. */
	JsonNode mutate(JsonNode value, JsonNode schema, Random random) {
		JsonNode s = resolve(schema);
		if (!(value instanceof ObjectNode object)) {
			return value;
		}
		int mutations = 1 + random.nextInt(3);
		for (int i = 0; i < mutations; i++) {
			List<String> names = new ArrayList<>();
			s.path("properties").fieldNames().forEachRemaining(names::add);
			object.fieldNames().forEachRemaining((n) -> {
				if (!names.contains(n)) {
					names.add(n);
				}
			});
			int kind = random.nextInt(5);
			if (names.isEmpty() || kind == 0) {
				object.set(random.nextBoolean() ? "unknownField" : hostileString(random),
						hostile(NODES.objectNode(), random));
			}
			else if (kind == 1) {
				object.remove(oneOf(random, names));
			}
			else {
				String name = oneOf(random, names);
				JsonNode property = s.path("properties").path(name);
				if (property.isMissingNode()) {
					property = this.dictionary.getOrDefault(name, NODES.objectNode());
				}
				JsonNode current = object.get(name);
				if (current instanceof ObjectNode && random.nextBoolean()) {
					object.set(name, mutate(current, property, random));
				}
				else {
					object.set(name, hostile(property, random));
				}
			}
		}
		return object;
	}

	/**
	 * An object made of field names and values found anywhere in the document: for bodies
	 * the document leaves open (a step's payload).
	 */
	JsonNode randomObject(Random random, int depth) {
		ObjectNode object = NODES.objectNode();
		List<String> names = new ArrayList<>(this.dictionary.keySet());
		int n = random.nextInt(7);
		for (int i = 0; i < n; i++) {
			String name = oneOf(random, names);
			JsonNode schema = this.dictionary.get(name);
			object.set(name, (random.nextInt(3) > 0 && depth < 3) ? plausible(schema, random, depth + 1)
					: hostile(schema, random));
		}
		return object;
	}

	/** A JSON body text, sometimes broken beyond JSON. */
	String bodyText(JsonNode value, Random random) throws Exception {
		String text = this.json.writeValueAsString(value).replace(LONE_SURROGATE, "\\ud800");
		return switch (random.nextInt(14)) {
			case 0 -> "null";
			case 1 -> "";
			case 2 -> text + " {}";
			case 3 -> text + " x";
			case 4 -> "[" + text + "]";
			case 5 -> text.substring(0, text.length() / 2);
			case 6 -> "\"" + hostileString(random).replace("\"", "") + "\"";
			case 7 -> "[".repeat(1200) + "]".repeat(1200);
			case 8 -> "12" + "3".repeat(2000);
			default -> text;
		};
	}

	/** A query parameter's value: plausible or hostile. */
	String queryValue(JsonNode schema, Random random) {
		if (random.nextInt(20) < 13) {
			JsonNode value = plausible(schema, random, 0);
			return value.isValueNode() ? value.asText() : value.toString();
		}
		return oneOf(random, HOSTILE_QUERY);
	}

	/** A hostile path variable; never one the HTTP firewall refuses before Pantau. */
	String pathValue(Random random) {
		return oneOf(random, HOSTILE_PATH);
	}

	String fileName(Random random) {
		return oneOf(random, FILE_NAMES);
	}

	String contentType(Random random) {
		return oneOf(random, CONTENT_TYPES);
	}

	byte[] fileContent(Random random) {
		return switch (random.nextInt(6)) {
			case 0 -> new byte[0];
			case 1 -> "%PDF-1.4\n% bukti\n%%EOF".getBytes(StandardCharsets.US_ASCII);
			case 2 -> {
				byte[] bytes = new byte[1 + random.nextInt(2000)];
				random.nextBytes(bytes);
				yield bytes;
			}
			case 3 -> new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0 };
			default -> "Tangkapan layar unggahan kampanye".getBytes(StandardCharsets.UTF_8);
		};
	}

	static <T> T oneOf(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private String hostileString(Random random) {
		return switch (random.nextInt(8)) {
			case 0 -> "A".repeat(5000 + random.nextInt(100_000));
			case 1 -> "\"\\".repeat(2500);
			default -> oneOf(random, HOSTILE_STRINGS);
		};
	}

	private JsonNode hostileArray(JsonNode schema, Random random) {
		ArrayNode array = NODES.arrayNode();
		switch (random.nextInt(4)) {
			case 0 -> {
				// empty
			}
			case 1 -> {
				for (int i = 0; i < 2000; i++) {
					array.add(plausible(schema.path("items"), random, 3));
				}
			}
			case 2 -> array.add(hostile(schema.path("items"), random));
			default -> {
				JsonNode item = plausible(schema.path("items"), random, 3);
				array.add(item).add(item).addNull();
			}
		}
		return array;
	}

	private JsonNode wrongType(String type, Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> "string".equals(type) ? NODES.numberNode(42) : NODES.textNode("x");
			case 1 -> NODES.objectNode().put("nested", "x");
			case 2 -> NODES.arrayNode().add("x").add(1);
			default -> NODES.booleanNode(true);
		};
	}

	private JsonNode resolve(JsonNode schema) {
		if (schema == null) {
			return NODES.objectNode();
		}
		String ref = schema.path("$ref").asText(null);
		if (ref != null) {
			return this.docs.at(ref.substring(1));
		}
		return schema;
	}

	private void collect(JsonNode schema) {
		schema.path("properties").fields().forEachRemaining((p) -> {
			this.dictionary.putIfAbsent(p.getKey(), p.getValue());
			if (p.getValue().has("properties")) {
				collect(p.getValue());
			}
		});
	}

}
