package id.pantau;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Calls Pantau's HTTP API on a real port as one of the local demo users. */
public final class Api {

	/** The demo password of the local profile. */
	public static final String DEMO_PASSWORD = "Pantau#Demo2024";

	private final TestRestTemplate rest;

	private final String language;

	private Api(TestRestTemplate rest, String language) {
		this.rest = rest;
		this.language = language;
	}

	public static Api as(TestRestTemplate rest, String username) {
		return new Api(rest.withBasicAuth(username, DEMO_PASSWORD), "id");
	}

	public static Api anonymous(TestRestTemplate rest) {
		return new Api(rest, "id");
	}

	/** The same user, asking for answers in English. */
	public Api inEnglish() {
		return new Api(this.rest, "en");
	}

	public ResponseEntity<JsonNode> get(String path) {
		return exchange(HttpMethod.GET, path, null);
	}

	public ResponseEntity<JsonNode> post(String path, Object body) {
		return exchange(HttpMethod.POST, path, body);
	}

	public ResponseEntity<JsonNode> post(String path) {
		return exchange(HttpMethod.POST, path, null);
	}

	public ResponseEntity<JsonNode> put(String path, Object body) {
		return exchange(HttpMethod.PUT, path, body);
	}

	/** Posts a text document of the given type (e.g. a DMN table as XML). */
	public ResponseEntity<JsonNode> postDocument(String path, String document, MediaType type) {
		return exchange(HttpMethod.POST, path, document, type);
	}

	/**
	 * Posts one file as the multipart part {@code file}, with its name and content type
	 * (none: the part has no content type of its own).
	 */
	public ResponseEntity<JsonNode> upload(String path, String fileName, String contentType, byte[] content) {
		HttpHeaders part = new HttpHeaders();
		if (contentType != null) {
			part.setContentType(MediaType.parseMediaType(contentType));
		}
		LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		}, part));
		return exchange(HttpMethod.POST, path, body, MediaType.MULTIPART_FORM_DATA);
	}

	private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body) {
		return exchange(method, path, body, MediaType.APPLICATION_JSON);
	}

	private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body, MediaType type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, this.language);
		return this.rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class, Map.of());
	}

}
