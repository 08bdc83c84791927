package id.pantau.audit;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Audit details (JSON) as the log stores them: a detail longer than the column is
 * shortened by its structure (long text values cut, the detail marked
 * {@code "_truncated": true}), never through a value, so it stays valid JSON and every
 * field name, the confidential ones included, stays where a reader looks for it. What is
 * stored is what is hashed.
 */
final class AuditDetails {

	/** The length of the column {@code audit_log.detail}. */
	static final int MAX = 20_000;

	static final String TRUNCATED = "_truncated";

	static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private AuditDetails() {
	}

	/** The detail as it fits the column. */
	static String fit(String detail) {
		return fit(detail, MAX);
	}

	static String fit(String detail, int max) {
		if (detail == null || detail.length() <= max) {
			return detail;
		}
		JsonNode tree = parse(detail);
		if (tree == null || !tree.isContainerNode()) {
			return clip(detail, max);
		}
		for (int limit = longest(tree) / 2; limit >= 1; limit /= 2) {
			JsonNode shortened = shortened(tree.deepCopy(), limit);
			ObjectNode marked = (shortened instanceof ObjectNode object) ? object
					: JSON.createObjectNode().set("items", shortened);
			marked.put(TRUNCATED, true);
			String text = write(marked);
			if (text.length() <= max) {
				return text;
			}
		}
		return write(JSON.createObjectNode().put(TRUNCATED, true).put("length", detail.length()));
	}

	/** The text as one JSON value, or null if it is not exactly that. */
	static JsonNode parse(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

	static String write(JsonNode tree) {
		try {
			return JSON.writeValueAsString(tree);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A JSON tree is always writable", ex);
		}
	}

	/** A text cut after at most {@code max - 1} characters, never inside a character. */
	static String clip(String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end) + "…";
	}

	private static int longest(JsonNode node) {
		if (node.isTextual()) {
			return node.textValue().length();
		}
		int longest = 0;
		for (JsonNode child : node) {
			longest = Math.max(longest, longest(child));
		}
		return longest;
	}

	private static JsonNode shortened(JsonNode node, int limit) {
		if (node instanceof ObjectNode object) {
			Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				field.setValue(shortened(field.getValue(), limit));
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				array.set(i, shortened(array.get(i), limit));
			}
		}
		else if (node.isTextual() && node.textValue().length() > limit) {
			return TextNode.valueOf(clip(node.textValue(), limit + 1));
		}
		return node;
	}

}
