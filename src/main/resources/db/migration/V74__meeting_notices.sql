-- Convening, moving, postponing and cancelling a meeting is announced to every participant's contacts and its
-- delegates' accounts (once per distinct address, in its recipient's language) through the outbox: one row per
-- e-mail, with the dates it announces.
create table meeting_notice (
    id          uuid primary key,
    meeting     uuid not null references meeting (id),
    kind        text not null check (kind in ('CONVENED', 'MOVED', 'POSTPONED', 'CANCELLED')),
    participant uuid not null references participant (id),
    email       text not null,
    language    text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    queued_at   timestamptz not null,
    sent_at     timestamptz
);
create index meeting_notice_meeting_idx on meeting_notice (meeting);
