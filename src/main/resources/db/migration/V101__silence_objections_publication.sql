-- Whether the objections to the silence procedures of a process are published to the public with the name of the
-- objecting State and their text, without the name, or not at all. No row: not published (the objecting State is
-- named to delegations only).
create table silence_setting (
    process                uuid primary key references process (id),
    objections_publication text not null
        check (objections_publication in ('NAMED', 'WITHOUT_NAMES', 'NOT_PUBLISHED')),
    updated_at             timestamptz not null,
    updated_by             text not null
);
