-- Issue 13: on PostgreSQL the database itself keeps the audit log append-only. Every
-- UPDATE, DELETE or TRUNCATE of audit_log fails, whoever runs it (the owner too), until
-- the table's owner drops or disables these triggers on purpose. The application's role
-- has no UPDATE, DELETE or TRUNCATE privilege on it either (afterMigrate.sql), so it
-- cannot disable them: only the schema owner could. audit_chain_head stays updatable:
-- every append moves it. See docs/operations.md and docs/audit.md.

create function audit_log_refuse_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_refuse_change();
