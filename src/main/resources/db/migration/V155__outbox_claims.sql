-- The outbox delivers by claiming its own rows instead of one db-scheduler execution per e-mail: an e-mail is due
-- from next_attempt_at (null: nothing left to do, it was sent, rejected for good or given up), and an instance
-- claims a batch of due rows for a while (claimed_by, claimed_until: a lease, taken with FOR UPDATE SKIP LOCKED),
-- delivers them over one SMTP connection, and records each outcome. A lease that runs out (the instance died)
-- makes its rows due again for any instance.
alter table mail_outbox
    add column next_attempt_at timestamptz,
    add column claimed_by      text check (length(claimed_by) between 1 and 200),
    add column claimed_until   timestamptz,
    add check ((claimed_by is null) = (claimed_until is null)),
    add check (status <> 'SENT' or next_attempt_at is null);

-- What was waiting in db-scheduler: queued e-mails now, failed ones at the time of their retry; a failed e-mail
-- without a retry left stays as it is.
update mail_outbox o
   set next_attempt_at = coalesce(
           (select t.execution_time from scheduled_tasks t
             where t.task_name = 'mail-outbox' and t.task_instance = o.id::text),
           case when o.status = 'QUEUED' then o.updated_at end)
 where o.status <> 'SENT';

delete from scheduled_tasks where task_name = 'mail-outbox';

create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where next_attempt_at is not null;
