-- Account lifecycle: deactivation, one-time links (invitations, password resets), web sessions that can be listed
-- and revoked, and a second factor (TOTP, RFC 6238) with single-use recovery codes. Secrets that grant access
-- (link tokens, recovery codes) are stored as SHA-256 hashes only.
alter table account add column deactivated_at timestamptz;

create table account_link (
    id           uuid primary key,
    purpose      text not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    token_hash   char(64) not null unique,
    account      uuid references account (id),
    email        text not null check (email ~ '^[^@\s]+@[^@\s]+$'),
    display_name text check (length(btrim(display_name)) between 1 and 200),
    participant  uuid references participant (id),
    language     text not null check (language in ('en', 'fr', 'es')),
    issued_by    uuid references account (id),
    created_at   timestamptz not null,
    expires_at   timestamptz not null check (expires_at > created_at),
    used_at      timestamptz,
    -- An invitation names the person; a reset names the account whose password it sets.
    check ((purpose = 'INVITATION' and display_name is not null and account is null)
        or (purpose = 'PASSWORD_RESET' and account is not null)),
    check (used_at is null or used_at >= created_at)
);
create index account_link_pending_idx on account_link (purpose, created_at) where used_at is null;

-- The web sessions of each account, so that a person sees and ends them, and an administrator's deactivation or
-- a password reset ends them at once on every instance (each request checks its row).
create table web_session (
    id           uuid primary key,
    account      uuid not null references account (id),
    signed_in_at timestamptz not null,
    last_seen_at timestamptz not null check (last_seen_at >= signed_in_at),
    user_agent   text not null check (length(user_agent) <= 300),
    ended_at     timestamptz
);
create index web_session_account_idx on web_session (account);

create table account_second_factor (
    account        uuid primary key references account (id),
    secret         text not null check (secret ~ '^[A-Z2-7]{32}$'),
    confirmed_at   timestamptz,
    -- The last time step accepted: a code is accepted once (RFC 6238, 5.2).
    last_used_step bigint
);

create table account_recovery_code (
    account   uuid not null references account (id),
    code_hash char(64) not null,
    used_at   timestamptz,
    primary key (account, code_hash)
);
