-- The SEQUENCE of a meeting's calendar event (RFC 5545 §3.8.7.4): it grows with every change of its dates or its
-- status (postponed, cancelled, held), so that calendars that imported the meeting apply the change.
alter table meeting add column calendar_sequence integer not null default 0 check (calendar_sequence >= 0);
-- Meetings changed before: one step per recorded change of dates, one more when no longer scheduled.
update meeting m set calendar_sequence = (select count(*) from meeting_date_change c where c.meeting = m.id)
        + case when m.status = 'SCHEDULED' then 0 else 1 end;
