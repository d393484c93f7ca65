-- Accounts of officers and delegates, and the API tokens issued to them (stored as hashes only).
create table account (
    id              uuid primary key,
    username        text not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,49}$'),
    password_hash   text not null,
    display_name    text not null check (length(btrim(display_name)) between 1 and 200),
    email           text not null check (email ~ '^[^@\s]+@[^@\s]+$'),
    participant     uuid references participant (id),
    admin           boolean not null,
    failed_sign_ins integer not null default 0 check (failed_sign_ins >= 0),
    locked_until    timestamptz,
    created_at      timestamptz not null,
    version         bigint not null
);
create unique index account_username_key on account (username);
create index account_participant_idx on account (participant);

create table api_token (
    id         uuid primary key,
    account    uuid not null references account (id),
    token_hash char(64) not null unique,
    issued_at  timestamptz not null,
    expires_at timestamptz not null check (expires_at > issued_at),
    revoked_at timestamptz
);
create index api_token_account_idx on api_token (account);
