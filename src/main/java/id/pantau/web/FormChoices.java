package id.pantau.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The choices of a form field, read from the payload the form sends: the values of the
 * enum its field (or its list's elements) has, in declaration order. A template names the
 * field, never the values. Used in templates as {@code @choices}.
 */
@Component("choices")
class FormChoices {

	/**
	 * The values of the enum field at the JSON path of the payload type
	 * ({@code employee.employmentType}).
	 * @throws IllegalArgumentException for a path that is no enum field of the payload
	 */
	public List<Enum<?>> of(Class<?> payloadType, String path) {
		Class<?> type = typeAt(payloadType, path);
		if (!type.isEnum()) {
			throw new IllegalArgumentException(path + " of " + payloadType.getSimpleName() + " is no choice");
		}
		return List.of((Enum<?>[]) type.getEnumConstants());
	}

	/**
	 * The names of the fields of the group at the JSON path of the payload type
	 * ({@code aggravation}: its yes-or-no factors), in declaration order.
	 * @throws IllegalArgumentException for a path that is no group of the payload
	 */
	public List<String> fields(Class<?> payloadType, String path) {
		Class<?> type = typeAt(payloadType, path);
		if (!type.isRecord()) {
			throw new IllegalArgumentException(path + " of " + payloadType.getSimpleName() + " is no group");
		}
		return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
	}

	/**
	 * The type of the field at the JSON path of a record (of its elements for a list).
	 * @throws IllegalArgumentException for a path the record has not
	 */
	static Class<?> typeAt(Class<?> root, String path) {
		Class<?> type = root;
		for (String name : path.replace("[]", "").split("\\.")) {
			RecordComponent component = component(type, name);
			if (component == null) {
				throw new IllegalArgumentException(root.getSimpleName() + " has no field " + path);
			}
			type = elementType(component);
		}
		return type;
	}

	private static RecordComponent component(Class<?> type, String name) {
		if (!type.isRecord()) {
			return null;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			if (component.getName().equals(name)) {
				return component;
			}
		}
		return null;
	}

	private static Class<?> elementType(RecordComponent component) {
		if (Collection.class.isAssignableFrom(component.getType())
				&& component.getGenericType() instanceof ParameterizedType list) {
			Type element = list.getActualTypeArguments()[0];
			if (element instanceof Class<?> c) {
				return c;
			}
		}
		return component.getType();
	}

}
