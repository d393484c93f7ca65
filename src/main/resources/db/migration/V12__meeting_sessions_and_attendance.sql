-- The sessions of a meeting (e.g. morning and afternoon), how many speakers a delegation may register for a
-- virtual or hybrid meeting, and who attends for each delegation (the list of participants).
create table meeting_session (
    meeting   uuid not null references meeting (id),
    position  int not null check (position >= 1),
    starts_at timestamptz not null,
    ends_at   timestamptz not null,
    primary key (meeting, position),
    check (ends_at > starts_at)
);

alter table meeting add column speaker_limit int not null default 2 check (speaker_limit between 0 and 50);

create table meeting_attendee (
    meeting       uuid not null references meeting (id),
    participant   uuid not null references participant (id),
    position      int not null check (position >= 1),
    name          text not null check (length(btrim(name)) between 1 and 200),
    function      text check (length(function) <= 200),
    speaker       boolean not null,
    registered_at timestamptz not null,
    registered_by text not null,
    primary key (meeting, participant, position)
);
