-- The chair may reorder a speakers' list, with a reason. The new order is kept as a position per waiting
-- inscription (requests made later, without a position, follow in order of precedence), and each reordering
-- is kept with its reason.
alter table speaker_inscription add column position int check (position >= 1);

create table speakers_list_reordering (
    meeting      uuid not null,
    agenda_item  text not null,
    seq          int not null check (seq >= 1),
    reason       text not null check (length(btrim(reason)) between 1 and 1000),
    participants uuid[] not null,
    reordered_at timestamptz not null,
    reordered_by text not null,
    primary key (meeting, agenda_item, seq),
    foreign key (meeting, agenda_item) references speakers_list (meeting, agenda_item)
);
