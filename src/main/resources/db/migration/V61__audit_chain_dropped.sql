-- The hash chain is gone (V60 verified it one last time and recorded the result in the log). Receipts of answers
-- name their audit entry by id (the old seq, for entries written before), and its place in the log once
-- integrated.
drop table audit_head;
drop index audit_entry_process_idx;
alter table audit_entry drop column seq, drop column prev_hash, drop column hash;

alter table silence_response rename column audit_seq to audit_entry;
alter table silence_response drop column audit_hash;
