package id.pantau.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The pages' language: Indonesian unless the person chose English ({@code ?lang=en}, kept
 * in a cookie). The API keeps answering in the language of {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new PageOrApiLocaleResolver();
	}

	/**
	 * Static files (Pantau's own and the WebJars) under content-versioned names, kept by
	 * browsers for a year and never asked for again ({@code immutable}): a new version
	 * has a new name. CSS links inside style sheets are versioned too.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl year = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(year)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
			.addResolver(new LiteWebJarsResourceResolver())
			.addTransformer(new CssLinkResourceTransformer());
		registry.addResourceHandler("/css/**", "/js/**")
			.addResourceLocations("classpath:/static/css/", "classpath:/static/js/")
			.setCacheControl(year)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
			.addTransformer(new CssLinkResourceTransformer());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change).excludePathPatterns("/api/**");
	}

	/** Accept-Language for the API, the person's choice (cookie) for the pages. */
	static class PageOrApiLocaleResolver implements LocaleResolver {

		private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

		private final CookieLocaleResolver pages = new CookieLocaleResolver("pantau-lang");

		PageOrApiLocaleResolver() {
			this.api.setDefaultLocale(INDONESIAN);
			this.pages.setDefaultLocale(INDONESIAN);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return isApi(request) ? this.api.resolveLocale(request) : this.pages.resolveLocale(request);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			Locale chosen = (locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : INDONESIAN;
			this.pages.setLocale(request, response, chosen);
		}

		private static boolean isApi(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/v3/api-docs");
		}

	}

}
