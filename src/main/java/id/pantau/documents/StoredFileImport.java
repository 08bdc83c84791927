package id.pantau.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import id.pantau.shared.DataMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Flyway migration 17.33 (issue 13): moves the files stored on disk before into the
 * database ({@code stored_file_content}), read from {@code pantau.audit.files-directory}.
 * A file that is not there stays without content: its download answers 409, as before.
 * Plain JDBC, so it runs on H2 and PostgreSQL; the files on disk are left in place.
 */
@Component
class StoredFileImport extends DataMigration {

	private static final Logger log = LoggerFactory.getLogger(StoredFileImport.class);

	private final Path directory;

	StoredFileImport(DocumentsProperties properties) {
		super("17.33", "import stored files into the database");
		this.directory = properties.filesDirectory().toAbsolutePath().normalize();
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Map<Long, String> keys = new LinkedHashMap<>();
		Connection connection = context.getConnection();
		try (PreparedStatement select = connection.prepareStatement(
				"select id, storage_key from stored_file f where not exists (select 1 from stored_file_content c where c.file_id = f.id)");
				ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				keys.put(rs.getLong(1), rs.getString(2));
			}
		}
		int missing = 0;
		try (PreparedStatement insert = connection
			.prepareStatement("insert into stored_file_content (file_id, content) values (?, ?)")) {
			for (Map.Entry<Long, String> file : keys.entrySet()) {
				byte[] bytes = read(file.getValue());
				if (bytes == null) {
					missing++;
					continue;
				}
				insert.setLong(1, file.getKey());
				insert.setBytes(2, bytes);
				insert.executeUpdate();
			}
		}
		if (!keys.isEmpty()) {
			log.info("Moved {} of {} stored files from {} into the database; {} not found there", keys.size() - missing,
					keys.size(), this.directory, missing);
		}
	}

	private byte[] read(String key) {
		Path file = this.directory.resolve(key).normalize();
		if (!file.startsWith(this.directory) || !Files.isRegularFile(file)) {
			return null;
		}
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
