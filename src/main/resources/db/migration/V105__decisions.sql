-- The register of decisions: each draft decision adopted by a silence procedure, recorded once (one row per draft),
-- with its text in its original language and its versions, and the interpretative statements and reservations
-- that delegations of States Parties attach to it until the end of the period the officers set.
create table decision (
    id                uuid primary key,
    process           uuid not null references process (id),
    procedure         uuid not null references silence_procedure (id),
    draft             uuid not null unique,
    symbol            text check (symbol is null or length(btrim(symbol)) between 1 and 100),
    title             text not null check (length(btrim(title)) between 1 and 500),
    original_language text not null check (original_language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    text              text not null check (length(btrim(text)) between 1 and 50000),
    adopted_at        timestamptz not null,
    statements_until  timestamptz not null,
    recorded_at       timestamptz not null,
    check (statements_until >= adopted_at)
);
create index decision_process_idx on decision (process, adopted_at desc);

create table decision_version (
    decision uuid not null references decision (id),
    language text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    text     text not null check (length(btrim(text)) between 1 and 50000),
    primary key (decision, language)
);

create table decision_statement (
    id           uuid primary key,
    decision     uuid not null references decision (id),
    kind         text not null check (kind in ('INTERPRETATIVE_STATEMENT', 'RESERVATION')),
    participant  uuid not null references participant (id),
    account      uuid not null references account (id),
    text         text not null check (length(btrim(text)) between 1 and 20000),
    submitted_at timestamptz not null
);
create index decision_statement_decision_idx on decision_statement (decision, submitted_at);
