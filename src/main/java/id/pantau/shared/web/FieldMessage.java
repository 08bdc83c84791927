package id.pantau.shared.web;

/** One field at fault in a problem response. */
record FieldMessage(String field, String message) {
}
