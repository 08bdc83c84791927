-- Issue 13: after every migration, the application's role (spring.datasource.username,
-- placeholder application_role) may read and write Pantau's and the engine's tables but
-- neither update, delete nor truncate the audit log, and may only read Flyway's history.
-- Flyway migrates as the schema owner (spring.flyway.user); the application never owns
-- a table, so it can neither change the schema nor drop the audit log's triggers. When
-- both are the same role (not in profile prod) there is nothing to grant and only the
-- triggers protect the audit log.
do $$
declare
    app text := '${application_role}';
    s text := current_schema();
begin
    if app = '' or app = current_user then
        return;
    end if;
    execute format('grant usage on schema %I to %I', s, app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', s, app);
    execute format('grant usage, select on all sequences in schema %I to %I', s, app);
    execute format('revoke update, delete, truncate on %I.audit_log from %I', s, app);
    execute format('revoke insert, update, delete, truncate on %I.%I from %I', s, '${flyway:table}', app);
end;
$$;
