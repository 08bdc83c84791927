package id.pantau.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether to load the demo cases into an empty database ({@code pantau.demo.enabled}).
 */
@ConfigurationProperties("pantau.demo")
record DemoProperties(boolean enabled) {
}
