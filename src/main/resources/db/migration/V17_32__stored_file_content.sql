-- Issue 13: the bytes of evidence files and generated documents live in the database, in the
-- transaction that records the file and its audit entry, so that every node of a cluster
-- reads them and one database backup holds them (docs/decisions.md 27). Files kept under
-- pantau.audit.files-directory before are imported by the Java migration 17.33
-- (audit.StoredFileImport). storage_key stays: the file's name in that directory.
-- ${binary_type}: blob on H2 (kept apart from the row, streamed), bytea on PostgreSQL
-- (spring.flyway.placeholders in application.yaml and application-postgresql.yaml).
create table stored_file_content (
    file_id  bigint primary key references stored_file (id),
    content  ${binary_type} not null
);
