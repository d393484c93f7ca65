-- Letters of the Presidency, their attachments and references, the participants they were addressed to
-- (resolved when sent) and one dispatch per delegate account: the e-mail outbox.
create table letter (
    id             uuid primary key,
    process        uuid not null references process (id),
    reference      text not null check (length(btrim(reference)) between 1 and 100),
    letter_date    date not null,
    place          text not null check (length(btrim(place)) between 1 and 100),
    subject        text not null check (length(btrim(subject)) between 1 and 300),
    body           text not null check (length(body) between 1 and 50000),
    addressees     text[] not null check (cardinality(addressees) >= 1 and addressees <@ array['STATES_PARTIES',
                       'SIGNATORY_STATES', 'OBSERVER_STATES', 'OBSERVER_ORGANISATIONS']::text[]),
    signatory      text check (length(signatory) <= 200),
    signatory_title text check (length(signatory_title) <= 200),
    public         boolean not null,
    status         text not null check (status in ('DRAFT', 'SENT')),
    created_at     timestamptz not null,
    created_by     text not null,
    sent_at        timestamptz,
    sent_by        text,
    version        bigint not null,
    unique (process, reference),
    check ((status = 'SENT') = (sent_at is not null))
);
create index letter_process_idx on letter (process, letter_date desc);

create table letter_attachment (
    letter   uuid not null references letter (id),
    document uuid not null references document (id),
    position int not null,
    primary key (letter, document)
);

create table letter_reference (
    letter     uuid not null references letter (id),
    refers_to  uuid not null references letter (id),
    primary key (letter, refers_to),
    check (letter <> refers_to)
);

create table letter_recipient (
    letter      uuid not null references letter (id),
    participant uuid not null references participant (id),
    category    text not null,
    primary key (letter, participant)
);
create index letter_recipient_participant_idx on letter_recipient (participant);

create table letter_dispatch (
    id          uuid primary key,
    letter      uuid not null references letter (id),
    participant uuid not null references participant (id),
    account     uuid not null references account (id),
    email       text not null,
    status      text not null check (status in ('QUEUED', 'SENT', 'FAILED')),
    attempts    int not null default 0,
    last_error  text,
    queued_at   timestamptz not null,
    sent_at     timestamptz,
    updated_at  timestamptz not null,
    unique (letter, account),
    check ((status = 'SENT') = (sent_at is not null))
);
create index letter_dispatch_letter_idx on letter_dispatch (letter);
