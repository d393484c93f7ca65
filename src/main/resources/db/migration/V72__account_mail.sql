-- The e-mails of accounts (invitation, password reset) go through the one outbox too. Each carries a one-time link
-- whose secret is stored nowhere else (only its hash): the message is kept here only until the outbox delivered it
-- or the mail server rejected it for good, then deleted.
create table account_mail (
    id         uuid primary key,
    subject    text not null,
    text_body  text not null,
    html_body  text not null,
    queued_at  timestamptz not null
);
