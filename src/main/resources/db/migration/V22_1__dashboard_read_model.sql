-- Issue 15: what the leadership's dashboard counts, added to oversight's read model (decision
-- 33): per case the employee's unit, the election, the alleged acts (one row each), whether
-- the employee had signed an integrity pact and the stage the case is at; per step the role
-- that owns it, its deadline in working days and the working days it took. The case facts
-- are filled here from the owners' tables as they are when this version is installed; the
-- stage and the step figures need the step declarations and the working-day calendar, and
-- are filled once at start-up by oversight (DashboardBackfill) where they are missing.

alter table oversight_case add column employee_unit varchar(160);
alter table oversight_case add column election_type varchar(16);
alter table oversight_case add column election_year integer;
alter table oversight_case add column pact_signed boolean default false not null;
alter table oversight_case add column stage varchar(24);

create table oversight_case_act (
    case_id         bigint       not null,
    violation_code  varchar(40)  not null,
    primary key (case_id, violation_code)
);

alter table oversight_step add column owner_role varchar(40);
alter table oversight_step add column deadline_days integer;
alter table oversight_step add column working_days integer;

create index ix_oversight_case_nip on oversight_case (employee_nip);
create index ix_oversight_step_open on oversight_step (ended_at, due_at);

update oversight_case o set
    employee_unit = (select c.employee_unit from neutrality_case c where c.id = o.case_id),
    election_type = (select c.election_type from neutrality_case c where c.id = o.case_id),
    election_year = (select c.election_year from neutrality_case c where c.id = o.case_id);

update oversight_case o set pact_signed = true where exists (select 1 from pledge_signatory s
        join pledge_campaign p on p.id = s.campaign_id
        where s.nip = o.employee_nip and p.kind = 'INTEGRITY_PACT');

insert into oversight_case_act (case_id, violation_code)
    select a.case_id, a.violation_code from alleged_act a where a.case_id in (select case_id from oversight_case);
