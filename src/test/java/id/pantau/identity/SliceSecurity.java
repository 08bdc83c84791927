package id.pantau.identity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The URL rules and the local login of the application, for slice tests: HTTP Basic with
 * the demo users of the {@code local} profile, their roles and regions, and the 401 and
 * 403 problems, exactly as the whole application answers them.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
@Import({ SecurityConfiguration.class, SecurityConfiguration.ProblemResponses.class, LocalLogin.class,
		ConfiguredUsers.class, LocalUserDetails.class, ThrottledLocalLogin.class, LoginThrottle.class,
		CurrentUser.class, AccessPolicy.class })
public class SliceSecurity {

}
