-- Issue 16 (numbered after 17.31, so that existing databases take it in order): the step
-- record (audit_step, one row per user task of every case, kept by intake) also serves the
-- task lists and the case search's step and overdue filters. It now holds who may take an
-- open step (candidate roles, or the examination team's user names) and who holds it, and
-- open steps are found by region and due time through an index, at any number of tasks.
-- Candidates are written ",a,b," so that one role or user is matched by ",x,".
alter table audit_step add column assignee varchar(80);
alter table audit_step add column candidate_roles varchar(400);
alter table audit_step add column candidate_users varchar(1000);

create index ix_audit_step_open on audit_step (region, ended_at, due_at);
