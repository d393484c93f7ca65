-- The notice of a meeting moved or postponed tells why, as the officer gave it.
alter table meeting_notice add column reason text check (reason is null or length(reason) <= 1000);
