package id.pantau.pledges;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the pledge registry ({@code pantau.pledges.*}).
 *
 * @param maxRows most rows in one imported file
 * @param maxFileSize largest file accepted for an import
 * @param chunk rows recorded per transaction while an import runs (its progress moves in
 * these steps)
 */
@ConfigurationProperties("pantau.pledges")
record PledgeProperties(@DefaultValue("50000") int maxRows, @DefaultValue("20MB") DataSize maxFileSize,
		@DefaultValue("500") int chunk) {
}
