-- Issue 12: the oversight module's own read model. Auditors' queries, the follow-up report
-- and their exports read these two tables only; the owning modules' events keep them in
-- step, in the transaction of the facts they report (docs/decisions.md, decision 33).
-- Filled here once from the owners' tables, as they are when this version is installed.

create table oversight_case (
    case_id                  bigint        primary key,
    case_number              varchar(32)   not null unique,
    region_code              varchar(40)   not null,
    status                   varchar(16)   not null,
    closure_reason           varchar(40),
    source                   varchar(32),
    reference_number         varchar(120),
    employee_nip             varchar(18),
    employee_name            varchar(160),
    received_on              date,
    registered_at            timestamp with time zone,
    proven                   boolean,
    acts_proven              varchar(400),
    decision_outcome         varchar(16),
    final_sanction           varchar(40),
    decided_on               date,
    recommendation_followed  boolean,
    delivered_on             date,
    follow_up_reported_on    date
);

create index ix_oversight_case_region_received on oversight_case (region_code, received_on);

create table oversight_step (
    task_id      varchar(64)   primary key,
    case_number  varchar(32)   not null,
    region       varchar(40),
    step         varchar(80)   not null,
    created_at   timestamp with time zone not null,
    due_at       timestamp with time zone,
    ended_at     timestamp with time zone
);

create index ix_oversight_step_case on oversight_step (case_number);
create index ix_oversight_step_region_created on oversight_step (region, created_at);

insert into oversight_case (case_id, case_number, region_code, status, closure_reason, source, reference_number,
        employee_nip, employee_name, received_on, registered_at)
    select id, case_number, region_code, status, closure_reason, source, reference_number, employee_nip,
        employee_name, received_on, registered_at
    from neutrality_case where case_number not like '~%';

update oversight_case o set proven = (select r.proven from examination_report r
        where r.case_id = o.case_id and r.review_outcome = 'APPROVED' order by r.revision desc limit 1);

update oversight_case o set acts_proven = (select string_agg(a.violation_code, ' ' order by a.violation_code)
        from examination_report_act a where a.report_id = (select r.id from examination_report r
            where r.case_id = o.case_id and r.review_outcome = 'APPROVED' order by r.revision desc limit 1))
    where proven is not null;

update oversight_case o set
    decision_outcome = (select d.outcome from sanction_decision d where d.case_id = o.case_id),
    final_sanction = (select d.final_sanction from sanction_decision d where d.case_id = o.case_id),
    decided_on = (select d.decided_on from sanction_decision d where d.case_id = o.case_id),
    recommendation_followed = (select d.recommendation_followed from sanction_decision d where d.case_id = o.case_id),
    delivered_on = (select d.delivered_on from sanction_decision d where d.case_id = o.case_id),
    follow_up_reported_on = (select f.reported_on from follow_up_report f where f.case_id = o.case_id);

insert into oversight_step (task_id, case_number, region, step, created_at, due_at, ended_at)
    select task_id, case_number, region, step, created_at, due_at, ended_at from audit_step;
