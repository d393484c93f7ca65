-- A deadline closer than the process's minimum period is allowed when the officers record why (the 24 hours States
-- Parties are given to review a final report): the reason is kept with the procedure, audited and shown.
create table silence_short_period (
    procedure   uuid primary key references silence_procedure (id),
    reason      text not null check (length(btrim(reason)) between 1 and 2000),
    recorded_at timestamptz not null,
    recorded_by text not null
);

-- The process's final report put under a silence procedure: the report (a document of the process) and when the
-- listing of the decisions taken and procedures broken was drawn up (what the procedure's text lists).
create table report_procedure (
    procedure  uuid primary key references silence_procedure (id),
    process    uuid not null references process (id),
    document   uuid not null references document (id),
    listed_at  timestamptz not null,
    drafted_by text not null
);
create index report_procedure_process_idx on report_procedure (process, listed_at);
