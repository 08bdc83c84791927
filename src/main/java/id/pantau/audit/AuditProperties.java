package id.pantau.audit;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the audit module ({@code pantau.audit.*}).
 *
 * @param filesDirectory where an earlier version kept evidence and generated documents;
 * read once, by the migration that copies them into the database
 * ({@link StoredFileImport})
 * @param maxFileSize largest evidence file accepted
 * @param allowedContentTypes content types accepted for evidence
 * @param historyTimeToLiveDays days the engine keeps a finished case's history (applied
 * to every deployed process and decision definition at start-up)
 */
@ConfigurationProperties("pantau.audit")
record AuditProperties(@DefaultValue("./data/files") Path filesDirectory, @DefaultValue("10MB") DataSize maxFileSize,
		@DefaultValue( {
				"application/pdf", "image/jpeg", "image/png", "text/plain" }) List<String> allowedContentTypes,
		@DefaultValue("3650") int historyTimeToLiveDays){
}
