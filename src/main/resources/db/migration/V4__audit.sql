-- The audit log: one entry per state change, chained by SHA-256 hashes so that an altered or
-- removed entry is detected. audit_head holds the last link, updated in the same transaction.
create table audit_entry (
    seq         bigint primary key check (seq >= 1),
    at          timestamptz not null,
    actor       text not null,
    action      text not null,
    object_type text not null,
    object_id   text not null,
    process     uuid,
    before      text,
    after       text,
    prev_hash   char(64) not null,
    hash        char(64) not null unique
);
create index audit_entry_process_idx on audit_entry (process, seq desc);

create table audit_head (
    id       boolean primary key default true check (id),
    last_seq bigint not null,
    hash     char(64) not null
);
insert into audit_head (id, last_seq, hash) values (true, 0, repeat('0', 64));
