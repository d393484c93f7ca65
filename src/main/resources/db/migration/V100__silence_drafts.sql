-- Several draft decisions under one silence procedure, each concluded separately: adopted at the deadline unless
-- a valid objection reached it. A procedure drafted with a proposal alone has one draft (its subject and proposal).
create table silence_draft (
    id           uuid primary key,
    procedure    uuid not null references silence_procedure (id),
    position     int not null check (position >= 1),
    symbol       text check (length(btrim(symbol)) between 1 and 100),
    title        text not null check (length(btrim(title)) between 1 and 300),
    text         text not null check (length(btrim(text)) between 1 and 20000),
    status       text not null check (status in ('OPEN', 'ADOPTED', 'NOT_ADOPTED', 'WITHDRAWN')),
    concluded_at timestamptz,
    unique (procedure, position),
    check ((status = 'OPEN') = (concluded_at is null))
);
create unique index silence_draft_symbol on silence_draft (procedure, symbol) where symbol is not null;

insert into silence_draft (id, procedure, position, title, text, status, concluded_at)
select gen_random_uuid(), id, 1, subject, proposal,
       case status when 'ADOPTED' then 'ADOPTED' when 'BROKEN' then 'NOT_ADOPTED' when 'WITHDRAWN' then 'WITHDRAWN'
                   else 'OPEN' end,
       concluded_at
  from silence_procedure;

-- The text of a draft in another language of its process (a procedure with one draft keeps its versions in
-- silence_procedure_version).
create table silence_draft_version (
    draft      uuid not null references silence_draft (id),
    language   text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    title      text not null check (length(btrim(title)) between 1 and 300),
    text       text not null check (length(btrim(text)) between 1 and 20000),
    created_at timestamptz not null,
    created_by text not null,
    updated_at timestamptz not null,
    updated_by text not null,
    primary key (draft, language)
);

-- The drafts an answer reaches: once per draft and participant for an objection.
create table silence_response_draft (
    response    uuid not null references silence_response (id),
    draft       uuid not null references silence_draft (id),
    participant uuid not null references participant (id),
    kind        text not null check (kind in ('OBJECTION', 'AMENDMENT', 'COMMENT')),
    primary key (response, draft)
);
create unique index silence_one_objection_per_draft on silence_response_draft (draft, participant)
    where kind = 'OBJECTION';
insert into silence_response_draft (response, draft, participant, kind)
select r.id, d.id, r.participant, r.kind from silence_response r join silence_draft d on d.procedure = r.procedure;
drop index silence_one_objection_per_participant;
