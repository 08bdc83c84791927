package id.pantau.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;

/**
 * Turns a submitted form into the JSON payload the API takes, so that a page and an API
 * client go through the same reading and validation. Field names are JSON paths
 * ({@code employee.nip}); a name ending in {@code []} is a list; empty fields are left
 * out; names starting with {@code _} (CSRF token, page controls) are not data.
 */
final class FormPayload {

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
		String[] path = (list ? name.substring(0, name.length() - 2) : name).split("\\.");
		ObjectNode parent = root;
		for (int i = 0; i < path.length - 1; i++) {
			parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
		}
		String leaf = path[path.length - 1];
		if (list) {
			ArrayNode array = parent.putArray(leaf);
			values.stream().filter(StringUtils::hasText).map(String::strip).forEach(array::add);
		}
		else if (!values.isEmpty() && StringUtils.hasText(values.get(0))) {
			parent.put(leaf, values.get(0).strip());
		}
	}

}
