-- A meeting's readable key: its kind's abbreviation and its number among the meetings of that kind in the process
-- (PM.2 is the second preparatory meeting), used in the pages' addresses. Existing meetings are numbered in the
-- order they were created.
alter table meeting add column number int check (number >= 1);
update meeting m set number = n.number
  from (select id, row_number() over (partition by process, kind order by created_at, id) as number from meeting) n
 where m.id = n.id;
alter table meeting alter column number set not null;
alter table meeting add constraint meeting_number_unique unique (process, kind, number);
