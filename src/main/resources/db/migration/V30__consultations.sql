-- Consultations on draft texts: the elements and guiding questions of a document open for views over a period,
-- each participant's current submission (positions per element, missing elements, answers, an optional group on
-- whose behalf it speaks) and the append-only history of every version it submitted.
create table consultation (
    id           uuid primary key,
    process      uuid not null references process (id),
    title        text not null check (length(btrim(title)) between 1 and 300),
    document     uuid references document (id),
    opens_at     timestamptz not null,
    closes_at    timestamptz not null,
    closed_early boolean not null default false,
    created_at   timestamptz not null,
    created_by   text not null,
    version      bigint not null default 0,
    check (closes_at > opens_at)
);
create index consultation_process_idx on consultation (process, closes_at desc);

create table consultation_element (
    consultation uuid not null references consultation (id),
    ref          text not null check (length(btrim(ref)) between 1 and 30),
    position     int not null,
    text         text not null check (length(btrim(text)) between 1 and 10000),
    primary key (consultation, ref),
    unique (consultation, position)
);

create table consultation_question (
    consultation uuid not null references consultation (id),
    ref          text not null check (length(btrim(ref)) between 1 and 30),
    position     int not null,
    text         text not null check (length(btrim(text)) between 1 and 10000),
    primary key (consultation, ref),
    unique (consultation, position)
);

-- One current submission per participant; replaced in place, each version kept in consultation_submission_version.
create table consultation_submission (
    id            uuid primary key,
    consultation  uuid not null references consultation (id),
    participant   uuid not null references participant (id),
    on_behalf_of  text check (length(btrim(on_behalf_of)) between 1 and 200),
    version       int not null check (version >= 1),
    submitted_at  timestamptz not null,
    submitted_by  text not null,
    unique (consultation, participant)
);

create table consultation_group_member (
    submission  uuid not null references consultation_submission (id) on delete cascade,
    participant uuid not null references participant (id),
    primary key (submission, participant)
);

create table consultation_position (
    id            uuid primary key,
    submission    uuid not null references consultation_submission (id),
    consultation  uuid not null,
    element       text not null,
    stance        text not null check (stance in ('RETAIN', 'AMEND', 'DELETE')),
    proposed_text text check (length(proposed_text) <= 10000),
    comment       text check (length(comment) <= 10000),
    foreign key (consultation, element) references consultation_element (consultation, ref),
    unique (submission, element),
    check ((stance = 'AMEND') = (proposed_text is not null))
);

create table consultation_missing (
    id           uuid primary key,
    submission   uuid not null references consultation_submission (id),
    position     int not null,
    text         text not null check (length(btrim(text)) between 1 and 10000),
    after_ref    text,
    unique (submission, position)
);

create table consultation_answer (
    submission   uuid not null references consultation_submission (id),
    consultation uuid not null,
    question     text not null,
    text         text not null check (length(btrim(text)) between 1 and 10000),
    primary key (submission, question),
    foreign key (consultation, question) references consultation_question (consultation, ref)
);

-- Who changed what, when: every version a participant submitted, as it was submitted.
create table consultation_submission_version (
    consultation uuid not null references consultation (id),
    participant  uuid not null references participant (id),
    version      int not null,
    submitted_at timestamptz not null,
    submitted_by text not null,
    content      jsonb not null,
    primary key (consultation, participant, version)
);

-- The revised draft the Presidency folds the views into: per element the base text, a proposed text or its own,
-- the elements it adds, and the views that motivated each change; issued as the document's next revision.
create table consultation_revision (
    consultation uuid primary key references consultation (id),
    status       text not null check (status in ('DRAFT', 'ISSUED')),
    document     uuid references document (id),
    updated_at   timestamptz not null,
    updated_by   text not null,
    issued_at    timestamptz,
    check ((status = 'ISSUED') = (document is not null and issued_at is not null))
);

create table consultation_revision_element (
    consultation uuid not null references consultation_revision (consultation),
    ref          text not null check (length(btrim(ref)) between 1 and 30),
    position     int not null,
    origin       text not null check (origin in ('BASE', 'PROPOSAL', 'OWN', 'DELETED', 'ADDED')),
    text         text check (length(text) <= 10000),
    primary key (consultation, ref),
    unique (consultation, position),
    check ((origin = 'DELETED') = (text is null))
);

create table consultation_revision_source (
    consultation uuid not null,
    ref          text not null,
    position_id  uuid references consultation_position (id),
    missing_id   uuid references consultation_missing (id),
    foreign key (consultation, ref) references consultation_revision_element (consultation, ref) on delete cascade,
    check ((position_id is null) <> (missing_id is null))
);
create index consultation_revision_source_idx on consultation_revision_source (consultation, ref);

-- The e-mails that tell the delegations a consultation closed early or was extended: one per delegate account,
-- delivered by db-scheduler (task consultation-notice), each once.
create table consultation_notice (
    id           uuid primary key,
    consultation uuid not null references consultation (id),
    email        text not null,
    subject      text not null,
    body         text not null,
    queued_at    timestamptz not null,
    sent_at      timestamptz
);
create index consultation_notice_consultation_idx on consultation_notice (consultation);
