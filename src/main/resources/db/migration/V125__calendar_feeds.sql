-- The private calendar feed of an account: its secret address is shown once, only its SHA-256 hash is kept.
-- One feed per account; regenerating replaces the hash, so the former address stops working at once.
create table calendar_feed (
    account    uuid primary key references account (id) on delete cascade,
    token_hash char(64) not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at timestamptz not null
);
