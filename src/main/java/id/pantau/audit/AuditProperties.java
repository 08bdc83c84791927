package id.pantau.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit module ({@code pantau.audit.*}; the file settings under the same
 * prefix are the documents module's).
 *
 * @param historyTimeToLiveDays days the engine keeps a finished case's history (applied
 * to every deployed process and decision definition at start-up)
 */
@ConfigurationProperties("pantau.audit")
record AuditProperties(@DefaultValue("3650") int historyTimeToLiveDays) {
}
