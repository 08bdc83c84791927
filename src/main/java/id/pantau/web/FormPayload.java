package id.pantau.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pantau.shared.InvalidInputException;

import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;

/**
 * Turns a submitted form into the JSON payload the API takes, so that a page and an API
 * client go through the same reading and validation. Field names are JSON paths
 * ({@code employee.nip}); a name ending in {@code []} is a list; empty fields are left
 * out; names starting with {@code _} (CSRF token, page controls) are not data. A name
 * that is no path ({@code .}, {@code a..b}) or that makes one field both a value and a
 * group ({@code employee} and {@code employee.nip}) is refused (field {@link #FORM}).
 */
final class FormPayload {

	/**
	 * The field of a refusal that concerns the form as a whole, not one of its fields.
	 */
	static final String FORM = "_form";

	private FormPayload() {
	}

	static ObjectNode of(MultiValueMap<String, String> form, ObjectMapper json) {
		ObjectNode root = json.createObjectNode();
		for (Map.Entry<String, List<String>> field : form.entrySet()) {
			String name = field.getKey();
			if (!name.startsWith("_")) {
				put(root, name, field.getValue());
			}
		}
		return root;
	}

	private static void put(ObjectNode root, String name, List<String> values) {
		boolean list = name.endsWith("[]");
		String[] path = (list ? name.substring(0, name.length() - 2) : name).split("\\.", -1);
		if (Arrays.stream(path).anyMatch(String::isEmpty)) {
			throw refused(name);
		}
		ObjectNode parent = root;
		for (int i = 0; i < path.length - 1; i++) {
			JsonNode child = parent.get(path[i]);
			if (child == null) {
				parent = parent.putObject(path[i]);
			}
			else if (child instanceof ObjectNode group) {
				parent = group;
			}
			else {
				throw refused(name);
			}
		}
		String leaf = path[path.length - 1];
		if (parent.has(leaf)) {
			throw refused(name);
		}
		if (list) {
			ArrayNode array = parent.putArray(leaf);
			values.stream().filter(StringUtils::hasText).map(String::strip).forEach(array::add);
		}
		else if (!values.isEmpty() && StringUtils.hasText(values.get(0))) {
			parent.put(leaf, values.get(0).strip());
		}
	}

	private static InvalidInputException refused(String name) {
		return new InvalidInputException(FORM, "web.form.field-name", name);
	}

}
