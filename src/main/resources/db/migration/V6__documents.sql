-- Documents of a process: UN-style symbols, revision chains, distribution, and one file per language.
-- File contents are PostgreSQL large objects, so that uploads and downloads stream instead of being held
-- in memory; each file keeps its size, content type and SHA-256 checksum.
create table document (
    id                uuid primary key,
    process           uuid not null references process (id),
    symbol            text unique check (length(symbol) between 3 and 120),
    title             text not null check (length(btrim(title)) between 1 and 500),
    type              text not null check (type in ('PROVISIONAL_AGENDA', 'WORKING_PAPER', 'DRAFT', 'REPORT',
                          'DECISION', 'STATEMENT', 'INFORMATION_NOTE', 'OTHER')),
    distribution      text not null check (distribution in ('GENERAL', 'LIMITED', 'RESTRICTED')),
    original_language text not null check (original_language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    agenda_item       text check (length(agenda_item) <= 20),
    meeting           uuid,
    submitted_by      text check (length(submitted_by) <= 300),
    relation          text not null check (relation in ('ORIGINAL', 'REVISION', 'CORRIGENDUM', 'ADDENDUM', 'AMENDMENT')),
    related_to        uuid references document (id),
    superseded_by     uuid unique references document (id),
    issued_on         date not null,
    created_at        timestamptz not null,
    version           bigint not null,
    check ((relation = 'ORIGINAL') = (related_to is null)),
    check (superseded_by is null or superseded_by <> id)
);
create index document_process_idx on document (process, issued_on desc);

create table document_file (
    document      uuid not null references document (id),
    language      text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    file_name     text not null check (length(file_name) between 1 and 255),
    content_type  text not null,
    size          bigint not null check (size > 0),
    sha256        char(64) not null,
    content       oid not null,
    text_content  text,
    search_config text not null,
    search        tsvector not null,
    uploaded_at   timestamptz not null,
    primary key (document, language)
);
-- Full-text search: each file's text in its language's configuration; symbols and titles in 'simple'.
create index document_file_search_idx on document_file using gin (search);
create index document_title_search_idx on document using gin (to_tsvector('simple', coalesce(symbol, '') || ' ' || title));
