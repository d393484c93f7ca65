-- A request on an agenda item is a statement (the list of speakers), a point of order (heard before the list) or
-- a right of reply (heard at the end of the item). A delegation is on the list of speakers of an item once; it
-- has at most one point of order and one right of reply waiting at a time.
alter table speaker_inscription add column kind text not null default 'STATEMENT'
    check (kind in ('STATEMENT', 'POINT_OF_ORDER', 'RIGHT_OF_REPLY'));
drop index speaker_inscription_once_idx;
create unique index speaker_inscription_once_idx on speaker_inscription (meeting, agenda_item, participant)
    where withdrawn_at is null and kind = 'STATEMENT';
create unique index speaker_inscription_waiting_idx on speaker_inscription (meeting, agenda_item, participant, kind)
    where withdrawn_at is null and spoke_at is null and kind <> 'STATEMENT';

-- What the delegation that has the floor is heard on.
alter table speakers_list add column floor_kind text
    check (floor_kind in ('STATEMENT', 'POINT_OF_ORDER', 'RIGHT_OF_REPLY'));
update speakers_list set floor_kind = 'STATEMENT' where floor_participant is not null;
alter table speakers_list add constraint speakers_list_floor_kind_set
    check ((floor_participant is null) = (floor_kind is null));
