-- A State's treaty obligation deadline per article (Article 4 clearance, 1 March 2021), owned by the roster, with
-- the history of its changes: the deadline an administrator recorded, then each extension a decision granted.
create table obligation_deadline (
    participant uuid not null references participant (id),
    treaty      text not null references treaty (code),
    article     text not null check (length(btrim(article)) between 1 and 100),
    deadline    date not null,
    primary key (participant, treaty, article)
);

create table obligation_deadline_change (
    id          uuid primary key,
    participant uuid not null,
    treaty      text not null,
    article     text not null,
    previous    date,
    deadline    date not null,
    decision    uuid unique,
    decided_by  text check (length(decided_by) between 1 and 300),
    changed_at  timestamptz not null,
    changed_by  text not null,
    foreign key (participant, treaty, article) references obligation_deadline (participant, treaty, article),
    check ((decision is null) = (decided_by is null))
);
create index obligation_deadline_change_idx on obligation_deadline_change (participant, changed_at);

-- The extension a draft decision grants when adopted (effect RECORD_DEADLINE_EXTENSION), per draft.
alter table silence_draft add column extension_participant uuid references participant (id),
    add column extension_article text check (length(btrim(extension_article)) between 1 and 100),
    add column extension_deadline date,
    add check ((extension_participant is null) = (extension_article is null)
               and (extension_participant is null) = (extension_deadline is null));
