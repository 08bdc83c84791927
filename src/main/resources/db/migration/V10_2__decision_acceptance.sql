-- Issue 10: the employee accepts the decision in writing and files no appeal; HR records it
-- on the appeal step and the appeal window closes early, on record.
alter table sanction_decision add column accepted_on date;
alter table sanction_decision add column acceptance_note varchar(2000);
alter table sanction_decision add column acceptance_file_id bigint;
alter table sanction_decision add column acceptance_recorded_by varchar(80);
