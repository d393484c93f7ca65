-- One e-mail outbox for every module (notifications): a row per queued e-mail, its id the record of the module that
-- queued it (a letter's dispatch, a notice), delivered by one db-scheduler task (mail-outbox, same instance id).
-- The rows and pending deliveries of the three former outboxes (letter-dispatch, silence-notice,
-- consultation-notice) move here; their own tables stay the modules' records of what reached whom.
create table mail_outbox (
    id          uuid primary key,
    kind        text not null check (length(kind) between 1 and 50),
    recipient   text not null check (length(recipient) between 3 and 320),
    language    text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    status      text not null check (status in ('QUEUED', 'SENT', 'FAILED')),
    attempts    int not null default 0 check (attempts >= 0),
    last_error  text,
    queued_at   timestamptz not null,
    sent_at     timestamptz,
    updated_at  timestamptz not null,
    check ((status = 'SENT') = (sent_at is not null))
);
create index mail_outbox_queued_idx on mail_outbox (queued_at);

insert into mail_outbox (id, kind, recipient, language, status, attempts, last_error, queued_at, sent_at, updated_at)
select id, 'letter', email, language, status, attempts, last_error, queued_at, sent_at, updated_at
  from letter_dispatch;

insert into mail_outbox (id, kind, recipient, language, status, attempts, last_error, queued_at, sent_at, updated_at)
select id, 'silence-notice', email, language, status, attempts, last_error, queued_at, sent_at, updated_at
  from silence_notice;

insert into mail_outbox (id, kind, recipient, language, status, queued_at, sent_at, updated_at)
select id, 'consultation-notice', email, 'en', case when sent_at is null then 'QUEUED' else 'SENT' end, queued_at,
       sent_at, coalesce(sent_at, queued_at)
  from consultation_notice;

update scheduled_tasks set task_name = 'mail-outbox'
 where task_name in ('letter-dispatch', 'silence-notice', 'consultation-notice');
