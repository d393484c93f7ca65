-- The state of each speakers' list: closed or open, the time limit of an intervention, who has the floor.
create table speakers_list (
    meeting            uuid not null references meeting (id),
    agenda_item        text not null,
    closed_at          timestamptz,
    closed_by          text,
    time_limit_seconds int check (time_limit_seconds between 30 and 3600),
    floor_participant  uuid references participant (id),
    floor_given_at     timestamptz,
    primary key (meeting, agenda_item),
    check ((floor_participant is null) = (floor_given_at is null))
);
alter table speaker_inscription add column spoke_at timestamptz;
