-- Sign-in with an organisation's OpenID Connect provider: a person is known to Plenary by the pair (issuer,
-- subject) of their provider, linked to one account; roles stay with the account.
create table provider_link (
    issuer     text not null check (length(issuer) between 1 and 500),
    subject    text not null check (length(subject) between 1 and 255),
    account    uuid not null references account (id),
    provider   text not null,
    linked_at  timestamptz not null,
    primary key (issuer, subject)
);
create index provider_link_account_idx on provider_link (account);

-- A person whose first sign-in matched no account by verified e-mail waits for an administrator, who
-- approves (linking an existing account or a new one) or rejects. One request per person.
create table provider_sign_in_request (
    id             uuid primary key,
    issuer         text not null check (length(issuer) between 1 and 500),
    subject        text not null check (length(subject) between 1 and 255),
    provider       text not null,
    email          text check (length(email) <= 254),
    email_verified boolean not null,
    display_name   text check (length(display_name) <= 200),
    requested_at   timestamptz not null,
    status         text not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    decided_at     timestamptz,
    decided_by     uuid references account (id),
    account        uuid references account (id),
    unique (issuer, subject),
    check ((status = 'PENDING') = (decided_at is null and decided_by is null)),
    check ((status = 'APPROVED') = (account is not null))
);
create index provider_sign_in_request_pending_idx on provider_sign_in_request (requested_at) where status = 'PENDING';
