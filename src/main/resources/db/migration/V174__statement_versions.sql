-- A statement attached to a decision in another language of the process, written by its State's delegation or by
-- the officers (the Secretariat's translation); issued with the decision in that language.
create table decision_statement_version (
    statement  uuid not null references decision_statement (id),
    language   text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    text       text not null check (length(btrim(text)) between 1 and 20000),
    written_at timestamptz not null,
    written_by text not null,
    primary key (statement, language)
);
