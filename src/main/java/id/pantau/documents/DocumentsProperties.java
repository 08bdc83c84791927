package id.pantau.documents;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the case files, under their historical keys ({@code pantau.audit.*}, which
 * deployments already set: the files were part of the audit module until issue 12).
 *
 * @param filesDirectory where an earlier version kept evidence and generated documents;
 * read once, by the migration that copies them into the database
 * ({@link StoredFileImport})
 * @param maxFileSize largest evidence file accepted
 * @param allowedContentTypes content types accepted for evidence
 */
@ConfigurationProperties("pantau.audit")
record DocumentsProperties(@DefaultValue("./data/files") Path filesDirectory,
		@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue( {
				"application/pdf", "image/jpeg", "image/png", "text/plain" }) List<String> allowedContentTypes){
}
