-- Meetings of a process with the history of their dates, their agenda, and the speakers' lists.
create table meeting (
    id            uuid primary key,
    process       uuid not null references process (id),
    title         text not null check (length(btrim(title)) between 1 and 300),
    kind          text not null check (kind in ('PREPARATORY_MEETING', 'INFORMAL_BRIEFING', 'CONFERENCE_SESSION',
                      'MEETING_OF_STATES_PARTIES', 'COORDINATION_COMMITTEE', 'OTHER')),
    format        text not null check (format in ('IN_PERSON', 'VIRTUAL', 'HYBRID')),
    starts_at     timestamptz not null,
    ends_at       timestamptz not null,
    time_zone     text not null,
    venue         text check (length(venue) <= 300),
    online_url    text check (online_url ~ '^https?://' and length(online_url) <= 500),
    status        text not null check (status in ('SCHEDULED', 'POSTPONED', 'CANCELLED', 'HELD')),
    agenda_status text check (agenda_status in ('PROVISIONAL', 'ADOPTED', 'ADOPTED_AS_ORALLY_AMENDED')),
    created_at    timestamptz not null,
    version       bigint not null,
    check (ends_at > starts_at)
);
create index meeting_process_idx on meeting (process, starts_at);

create table meeting_date_change (
    meeting        uuid not null references meeting (id),
    seq            int not null check (seq >= 1),
    previous_start timestamptz not null,
    previous_end   timestamptz not null,
    new_start      timestamptz,
    new_end        timestamptz,
    reason         text not null check (length(btrim(reason)) between 1 and 1000),
    decision       text check (length(decision) <= 300),
    changed_at     timestamptz not null,
    changed_by     text not null,
    primary key (meeting, seq),
    check ((new_start is null) = (new_end is null))
);

create table agenda_item (
    meeting  uuid not null references meeting (id),
    position int not null,
    label    text not null,
    parent   text,
    title    text not null check (length(btrim(title)) between 1 and 500),
    primary key (meeting, label),
    unique (meeting, position)
);

create table speaker_inscription (
    id           uuid primary key,
    meeting      uuid not null references meeting (id),
    agenda_item  text not null,
    participant  uuid not null references participant (id),
    requested_at timestamptz not null,
    requested_by text not null,
    withdrawn_at timestamptz
);
create unique index speaker_inscription_once_idx on speaker_inscription (meeting, agenda_item, participant)
    where withdrawn_at is null;
