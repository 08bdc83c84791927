package id.pantau.identity;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends people without a login to the login page by a relative {@code Location}
 * ({@code /login}), never {@code http://<Host header>/login}: the Host header is the
 * caller's to choose (with {@code server.tomcat.use-relative-redirects} for the other
 * redirects).
 */
final class RelativeLoginRedirect implements ObjectPostProcessor<LoginUrlAuthenticationEntryPoint> {

	static final RelativeLoginRedirect INSTANCE = new RelativeLoginRedirect();

	private RelativeLoginRedirect() {
	}

	@Override
	public <O extends LoginUrlAuthenticationEntryPoint> O postProcess(O entryPoint) {
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	/** A login entry point that redirects relatively. */
	static LoginUrlAuthenticationEntryPoint to(String loginPage) {
		return INSTANCE.postProcess(new LoginUrlAuthenticationEntryPoint(loginPage));
	}

}
