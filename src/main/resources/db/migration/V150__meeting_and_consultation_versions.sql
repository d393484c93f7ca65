-- Meetings (title and agenda items) and consultations (title, elements and questions) have an original language,
-- the first language of their process, and may have versions in the process's other languages.
alter table meeting add column original_language text;
update meeting m set original_language = p.languages[1] from process p where p.id = m.process;
alter table meeting alter column original_language set not null,
    add constraint meeting_original_language_check
        check (original_language in ('ar', 'zh', 'en', 'fr', 'ru', 'es'));

create table meeting_version (
    meeting    uuid not null references meeting (id),
    language   text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    title      text not null check (length(btrim(title)) between 1 and 300),
    created_at timestamptz not null,
    created_by text not null,
    updated_at timestamptz not null,
    updated_by text not null,
    primary key (meeting, language)
);

-- By label: an agenda set again keeps the versions of the items whose labels remain.
create table meeting_item_version (
    meeting  uuid not null,
    language text not null,
    label    text not null,
    title    text not null check (length(btrim(title)) between 1 and 500),
    primary key (meeting, language, label),
    foreign key (meeting, language) references meeting_version (meeting, language)
);

alter table consultation add column original_language text;
update consultation c set original_language = p.languages[1] from process p where p.id = c.process;
alter table consultation alter column original_language set not null,
    add constraint consultation_original_language_check
        check (original_language in ('ar', 'zh', 'en', 'fr', 'ru', 'es'));

create table consultation_version (
    consultation uuid not null references consultation (id),
    language     text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    title        text not null check (length(btrim(title)) between 1 and 300),
    created_at   timestamptz not null,
    created_by   text not null,
    updated_at   timestamptz not null,
    updated_by   text not null,
    primary key (consultation, language)
);

-- An element or a guiding question in another language, by its ref.
create table consultation_text_version (
    consultation uuid not null,
    language     text not null,
    kind         text not null check (kind in ('ELEMENT', 'QUESTION')),
    ref          text not null,
    text         text not null check (length(btrim(text)) between 1 and 10000),
    primary key (consultation, language, kind, ref),
    foreign key (consultation, language) references consultation_version (consultation, language)
);
