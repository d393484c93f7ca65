-- The adoption, the breaking of silence and the withdrawal of a procedure are announced to every participant's
-- addresses too, like its circulation and reminder.
alter table silence_notice drop constraint silence_notice_kind_check;
alter table silence_notice add constraint silence_notice_kind_check
    check (kind in ('CIRCULATION', 'REMINDER', 'ADOPTED', 'BROKEN', 'WITHDRAWN'));
