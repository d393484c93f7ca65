-- Why the officers closed a consultation before its closing time: required from now on, sent to the delegations and
-- shown on its page. Consultations closed early before have none; only an early closing has one.
alter table consultation add column closing_reason text;
alter table consultation add constraint consultation_closing_reason
    check (closing_reason is null or closed_early);
