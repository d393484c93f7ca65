-- Texts that delegations read have an original language (until now, the first language of their process) and
-- may have versions in the other languages of the process; participants have their names in the six official
-- languages of the United Nations.
alter table letter add column original_language text;
update letter l set original_language = p.languages[1] from process p where p.id = l.process;
alter table letter alter column original_language set not null,
    add constraint letter_original_language_check
        check (original_language in ('ar', 'zh', 'en', 'fr', 'ru', 'es'));

create table letter_version (
    letter     uuid not null references letter (id),
    language   text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    subject    text not null check (length(btrim(subject)) between 1 and 300),
    body       text not null check (length(body) between 1 and 50000),
    created_at timestamptz not null,
    created_by text not null,
    updated_at timestamptz not null,
    updated_by text not null,
    primary key (letter, language)
);

alter table silence_procedure add column original_language text;
update silence_procedure s set original_language = p.languages[1] from process p where p.id = s.process;
alter table silence_procedure alter column original_language set not null,
    add constraint silence_procedure_original_language_check
        check (original_language in ('ar', 'zh', 'en', 'fr', 'ru', 'es'));

create table silence_procedure_version (
    procedure  uuid not null references silence_procedure (id),
    language   text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    subject    text not null check (length(btrim(subject)) between 1 and 300),
    proposal   text not null check (length(btrim(proposal)) between 1 and 20000),
    created_at timestamptz not null,
    created_by text not null,
    updated_at timestamptz not null,
    updated_by text not null,
    primary key (procedure, language)
);

-- The English name is the participant's name itself.
create table participant_name (
    participant uuid not null references participant (id),
    language    text not null check (language in ('ar', 'zh', 'fr', 'ru', 'es')),
    name        text not null check (length(btrim(name)) between 1 and 200),
    primary key (participant, language)
);
