-- Issue 15: what the leadership's dashboard counts, added to oversight's read model (decision
-- 33): per case the employee's unit, the election, the alleged acts (one row each), whether
-- the employee had signed an integrity pact and the stage the case is at; per step the role
-- that owns it, its deadline in working days and the working days it took. The case facts
-- are filled here from the owners' tables as they are when this version is installed; the
-- stage and the step figures need the step declarations and the working-day calendar, and
-- are filled once at start-up by oversight (OversightRecords.backfill) where they are missing.
-- The acts and the steps also carry the case's region, received day and election (facts fixed
-- at registration), so that the dashboard filters them without a join.

alter table oversight_case add column employee_unit varchar(160);
alter table oversight_case add column election_type varchar(16);
alter table oversight_case add column election_year integer;
alter table oversight_case add column pact_signed boolean default false not null;
alter table oversight_case add column stage varchar(24);

create table oversight_case_act (
    case_id         bigint       not null,
    violation_code  varchar(40)  not null,
    region_code     varchar(40)  not null,
    received_on     date,
    election_type   varchar(16),
    election_year   integer,
    primary key (case_id, violation_code)
);

alter table oversight_step add column owner_role varchar(40);
alter table oversight_step add column deadline_days integer;
alter table oversight_step add column working_days integer;
alter table oversight_step add column received_on date;
alter table oversight_step add column election_type varchar(16);
alter table oversight_step add column election_year integer;

create index ix_oversight_case_nip on oversight_case (employee_nip);
create index ix_oversight_step_open on oversight_step (ended_at, due_at);
create index ix_oversight_step_region_received on oversight_step (region, received_on);
create index ix_oversight_case_act_region on oversight_case_act (region_code, received_on);

update oversight_case o set
    employee_unit = (select c.employee_unit from neutrality_case c where c.id = o.case_id),
    election_type = (select c.election_type from neutrality_case c where c.id = o.case_id),
    election_year = (select c.election_year from neutrality_case c where c.id = o.case_id);

update oversight_case o set pact_signed = true where exists (select 1 from pledge_signatory s
        join pledge_campaign p on p.id = s.campaign_id
        where s.nip = o.employee_nip and p.kind = 'INTEGRITY_PACT');

insert into oversight_case_act (case_id, violation_code, region_code, received_on, election_type, election_year)
    select a.case_id, a.violation_code, o.region_code, o.received_on, o.election_type, o.election_year
    from alleged_act a join oversight_case o on o.case_id = a.case_id;

update oversight_step s set
    received_on = (select c.received_on from oversight_case c where c.case_number = s.case_number),
    election_type = (select c.election_type from oversight_case c where c.case_number = s.case_number),
    election_year = (select c.election_year from oversight_case c where c.case_number = s.case_number);
