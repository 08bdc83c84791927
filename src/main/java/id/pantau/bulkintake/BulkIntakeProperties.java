package id.pantau.bulkintake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the bulk intake ({@code pantau.bulk-intake.*}).
 *
 * @param maxRows most rows in one uploaded list
 * @param maxFileSize largest file accepted
 * @param queue lists that may wait while another is being registered
 */
@ConfigurationProperties("pantau.bulk-intake")
record BulkIntakeProperties(@DefaultValue("5000") int maxRows, @DefaultValue("10MB") DataSize maxFileSize,
		@DefaultValue("20") int queue) {
}
