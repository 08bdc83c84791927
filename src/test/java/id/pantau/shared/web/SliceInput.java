package id.pantau.shared.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application's reading of requests (strict text, dates, query dates), for slice
 * tests; the problem handler and the write bulkhead are in every web slice already.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoadProperties.class)
@Import(StrictInput.class)
public class SliceInput {

}
