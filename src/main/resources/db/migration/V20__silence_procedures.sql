-- Silence procedures (tacit adoption): the proposal, its exact deadline, the States Parties eligible to object
-- (fixed at circulation), the objections, amendments and comments received with their audit receipts, and the
-- e-mails that inform the delegations (an outbox like that of letters).
create table silence_procedure (
    id                       uuid primary key,
    process                  uuid not null references process (id),
    number                   int not null check (number >= 1),
    subject                  text not null check (length(btrim(subject)) between 1 and 300),
    proposal                 text not null check (length(btrim(proposal)) between 1 and 20000),
    deadline_at              timestamptz not null,
    amendments_break_silence boolean not null,
    effect_type              text check (effect_type in ('RESCHEDULE_MEETING')),
    effect_meeting           uuid references meeting (id),
    effect_start             timestamptz,
    effect_end               timestamptz,
    effect_result            text check (length(effect_result) <= 500),
    revises                  uuid references silence_procedure (id),
    status                   text not null check (status in ('DRAFT', 'OPEN', 'ADOPTED', 'BROKEN', 'WITHDRAWN')),
    created_at               timestamptz not null,
    created_by               text not null,
    circulated_at            timestamptz,
    circulated_by            text,
    concluded_at             timestamptz,
    outcome_letter           uuid references letter (id),
    version                  bigint not null,
    unique (process, number),
    check ((status = 'DRAFT') = (circulated_at is null)),
    check ((status in ('DRAFT', 'OPEN')) = (concluded_at is null)),
    check (circulated_at is null or deadline_at > circulated_at),
    check ((effect_type is null) = (effect_meeting is null)),
    check ((effect_type is null) = (effect_start is null) and (effect_type is null) = (effect_end is null)),
    check (effect_end is null or effect_end > effect_start),
    check (status <> 'ADOPTED' or concluded_at = deadline_at),
    check (revises is null or revises <> id)
);
create index silence_procedure_process_idx on silence_procedure (process, number desc);
create index silence_procedure_open_idx on silence_procedure (deadline_at) where status = 'OPEN';

create table silence_document (
    procedure uuid not null references silence_procedure (id),
    document  uuid not null references document (id),
    position  int not null,
    primary key (procedure, document)
);

create table silence_eligible (
    procedure   uuid not null references silence_procedure (id),
    participant uuid not null references participant (id),
    primary key (procedure, participant)
);

create table silence_response (
    id              uuid primary key,
    procedure       uuid not null references silence_procedure (id),
    kind            text not null check (kind in ('OBJECTION', 'AMENDMENT', 'COMMENT')),
    participant     uuid not null references participant (id),
    account         uuid not null references account (id),
    text            text not null check (length(btrim(text)) between 1 and 20000),
    reason          text check (length(reason) <= 5000),
    received_at     timestamptz not null,
    breaks_silence  boolean not null,
    idempotency_key text check (length(idempotency_key) between 1 and 200),
    audit_seq       bigint not null unique,
    audit_hash      text not null,
    unique (procedure, account, idempotency_key)
);
create unique index silence_one_objection_per_participant on silence_response (procedure, participant)
    where kind = 'OBJECTION';
create index silence_response_procedure_idx on silence_response (procedure, received_at);

create table silence_notice (
    id          uuid primary key,
    procedure   uuid not null references silence_procedure (id),
    kind        text not null check (kind in ('CIRCULATION', 'REMINDER')),
    participant uuid not null references participant (id),
    account     uuid not null references account (id),
    email       text not null,
    status      text not null check (status in ('QUEUED', 'SENT', 'FAILED')),
    attempts    int not null default 0,
    last_error  text,
    queued_at   timestamptz not null,
    sent_at     timestamptz,
    updated_at  timestamptz not null,
    unique (procedure, kind, account),
    check ((status = 'SENT') = (sent_at is not null))
);
