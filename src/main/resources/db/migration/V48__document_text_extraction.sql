-- The text of a file is extracted after the upload has been stored and answered, by a background task, within
-- limits of memory, size and time. Each file says where its text stands: PENDING until the task has run,
-- EXTRACTED (its text is searchable; empty for formats without text), or FAILED with the reason (a file beyond
-- the limits, or unreadable): the file is kept and can be downloaded, only its text is not searchable.
alter table document_file add column text_status text not null default 'EXTRACTED'
    check (text_status in ('PENDING', 'EXTRACTED', 'FAILED'));
alter table document_file add column text_failure text check (length(text_failure) <= 500);
alter table document_file add check ((text_status = 'FAILED') = (text_failure is not null));
alter table document_file add check (text_status <> 'PENDING' or text_content is null);
alter table document_file alter column text_status drop default;
