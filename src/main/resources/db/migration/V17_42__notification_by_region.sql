-- Issue 16: escalation lists are chosen by kind, role and region in the database, newest
-- first (escalation.Notifications); this index serves them at national scale.
create index ix_notification_kind_region on notification(kind, region, recipient_group, sent_at);
