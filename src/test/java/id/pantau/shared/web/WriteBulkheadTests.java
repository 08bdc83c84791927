package id.pantau.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write bulkhead: writes beyond the allowed ones wait their turn, a full queue is
 * answered 503 with Retry-After at once, as problem+json for the API and as a page for
 * form posts, and reads and Camunda's own paths are never held up.
 */
class WriteBulkheadTests {

	private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();

	private final CountDownLatch release = new CountDownLatch(1);

	private final CountDownLatch entered = new CountDownLatch(1);

	private final AtomicInteger passed = new AtomicInteger();

	/** A chain whose first call holds its permit until released. */
	private final FilterChain holding = (request, response) -> {
		this.entered.countDown();
		try {
			this.release.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.passed.incrementAndGet();
	};

	private final FilterChain passing = (request, response) -> this.passed.incrementAndGet();

	@AfterEach
	void releaseHolder() {
		this.release.countDown();
	}

	@Test
	void answersBusyWithRetryAfterWhenEveryTurnIsTakenAndNobodyMayWait() throws Exception {
		WriteBulkhead bulkhead = bulkhead(1, 0, Duration.ofSeconds(30));
		CompletableFuture<MockHttpServletResponse> first = holdTurn(bulkhead);

		MockHttpServletResponse second = send(bulkhead, "POST", "/api/cases", this.passing);

		assertThat(second.getStatus()).isEqualTo(503);
		assertThat(second.getHeader("Retry-After")).isEqualTo("5");
		assertThat(second.getContentType()).startsWith("application/problem+json");
		JsonNode problem = this.json.readTree(second.getContentAsString());
		assertThat(problem.get("title").asText()).isEqualTo("Service busy");
		assertThat(problem.get("detail").asText()).contains("Nothing was saved; try again in 5 seconds.");
		assertThat(this.passed).hasValue(0);
		this.release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(send(bulkhead, "POST", "/api/cases", this.passing).getStatus()).isEqualTo(200);
		assertThat(this.passed).hasValue(2);
	}

	@Test
	void letsAWriteWaitItsTurnAndRefusesOneBeyondTheQueueAtOnce() throws Exception {
		WriteBulkhead bulkhead = bulkhead(1, 1, Duration.ofSeconds(30));
		CompletableFuture<MockHttpServletResponse> first = holdTurn(bulkhead);
		CompletableFuture<MockHttpServletResponse> second = CompletableFuture
			.supplyAsync(() -> send(bulkhead, "PUT", "/api/admin/holidays/2025", this.passing));
		while (bulkhead.admitted() < 2 && !second.isDone()) {
			Thread.onSpinWait();
		}

		MockHttpServletResponse third = send(bulkhead, "DELETE", "/api/anything", this.passing);

		assertThat(third.getStatus()).isEqualTo(503);
		assertThat(second).isNotDone();
		this.release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(second.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(this.passed).hasValue(2);
	}

	@Test
	void letsReadsLoginAndCamundaThroughWhileWritesAreHeldUp() throws Exception {
		WriteBulkhead bulkhead = bulkhead(1, 0, Duration.ofSeconds(30));
		holdTurn(bulkhead);

		assertThat(send(bulkhead, "GET", "/api/tasks", this.passing).getStatus()).isEqualTo(200);
		assertThat(send(bulkhead, "GET", "/actuator/health", this.passing).getStatus()).isEqualTo(200);
		assertThat(send(bulkhead, "POST", "/login", this.passing).getStatus()).isEqualTo(200);
		assertThat(send(bulkhead, "POST", "/engine-rest/process-instance", this.passing).getStatus()).isEqualTo(200);
		assertThat(this.passed).hasValue(4);
	}

	@Test
	void answersAFormPostWithABusyPageInThePersonsLanguage() throws Exception {
		WriteBulkhead bulkhead = bulkhead(1, 0, Duration.ofSeconds(30));
		holdTurn(bulkhead);

		MockHttpServletResponse page = send(bulkhead, "POST", "/cases/new", this.passing, "id");

		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getHeader("Retry-After")).isEqualTo("5");
		assertThat(page.getContentType()).startsWith("text/html");
		assertThat(page.getContentAsString()).contains("Layanan sedang sibuk").contains("coba lagi dalam 5 detik");
	}

	@Test
	void letsAnotherWriteThroughWhileASlowBodyIsStillArriving() throws Exception {
		WriteBulkhead bulkhead = bulkhead(1, 0, Duration.ofSeconds(30));
		CountDownLatch arrived = new CountDownLatch(1);
		StringBuilder seen = new StringBuilder();
		TricklingRequest slow = new TricklingRequest("{\"outcome\":\"ACCEPTED\"}", arrived);
		CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> {
			try {
				bulkhead.doFilter(slow, new MockHttpServletResponse(), (request, response) -> seen
					.append(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(slow.arriving.await(10, TimeUnit.SECONDS)).as("the slow body is being received").isTrue();

		MockHttpServletResponse other = send(bulkhead, "POST", "/api/cases", this.passing);

		assertThat(other.getStatus()).isEqualTo(200);
		assertThat(upload).isNotDone();
		arrived.countDown();
		upload.get(10, TimeUnit.SECONDS);
		assertThat(seen).hasToString("{\"outcome\":\"ACCEPTED\"}");
	}

	private CompletableFuture<MockHttpServletResponse> holdTurn(WriteBulkhead bulkhead) throws InterruptedException {
		CompletableFuture<MockHttpServletResponse> held = CompletableFuture
			.supplyAsync(() -> send(bulkhead, "POST", "/api/cases", this.holding));
		assertThat(this.entered.await(10, TimeUnit.SECONDS)).as("the first write is being worked on").isTrue();
		return held;
	}

	private MockHttpServletResponse send(WriteBulkhead bulkhead, String method, String path, FilterChain chain) {
		return send(bulkhead, method, path, chain, "en");
	}

	private MockHttpServletResponse send(WriteBulkhead bulkhead, String method, String path, FilterChain chain,
			String language) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Accept-Language", language);
		request.addPreferredLocale(java.util.Locale.forLanguageTag(language));
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			bulkhead.doFilter(request, response, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private WriteBulkhead bulkhead(int concurrent, int queued, Duration timeout) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
		locales.setDefaultLocale(java.util.Locale.forLanguageTag("id"));
		StaticListableBeanFactory beans = new StaticListableBeanFactory(
				Map.of("localeResolver", locales, "serverProperties", new ServerProperties()));
		ObjectProvider<LocaleResolver> resolver = beans.getBeanProvider(LocaleResolver.class);
		return new WriteBulkhead(new LoadProperties(concurrent, queued, timeout, Duration.ofSeconds(5)), messages,
				resolver, this.json, beans.getBeanProvider(ServerProperties.class));
	}

	/** A JSON post whose body arrives only when released, of unknown length. */
	private static final class TricklingRequest extends MockHttpServletRequest {

		private final byte[] body;

		private final CountDownLatch arrived;

		private final CountDownLatch arriving = new CountDownLatch(1);

		TricklingRequest(String body, CountDownLatch arrived) {
			super("POST", "/api/tasks/1/complete");
			setContentType("application/json");
			this.body = body.getBytes(StandardCharsets.UTF_8);
			this.arrived = arrived;
		}

		@Override
		public long getContentLengthLong() {
			return -1;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream bytes = new ByteArrayInputStream(this.body);
			return new DelegatingServletInputStream(new InputStream() {
				@Override
				public int read() throws IOException {
					awaitArrival();
					return bytes.read();
				}
			});
		}

		private void awaitArrival() {
			this.arriving.countDown();
			try {
				this.arrived.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
