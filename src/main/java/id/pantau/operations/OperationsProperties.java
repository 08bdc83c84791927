package id.pantau.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the figures that cost a query are computed ({@code pantau.operations.*}); a
 * scrape reads the last result.
 *
 * @param figuresRefresh open and overdue tasks by step and region (one grouped query)
 * @param chainVerification the audit chain's verification (a walk of the whole log)
 * @param firstChainVerification the first verification after the start
 */
@ConfigurationProperties("pantau.operations")
record OperationsProperties(@DefaultValue("30s") Duration figuresRefresh,
		@DefaultValue("1h") Duration chainVerification, @DefaultValue("1m") Duration firstChainVerification) {
}
