-- The agenda item under discussion, which the live view of a meeting shows.
alter table meeting add column current_item text;
