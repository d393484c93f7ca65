-- When each account last opened its desk: the letters received since then are shown as new.
create table desk_visit (
    account    uuid primary key references account (id),
    visited_at timestamptz not null
);
