-- Processes (conference cycles) and the officers who run them.
create table process (
    id                    uuid primary key,
    code                  text not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9-]{0,39}$'),
    title                 text not null check (length(btrim(title)) between 1 and 300),
    treaty                text not null references treaty (code),
    time_zone             text not null,
    languages             text[] not null check (cardinality(languages) >= 1
                              and languages <@ array['ar', 'zh', 'en', 'fr', 'ru', 'es']::text[]),
    silence_minimum_period interval not null check (silence_minimum_period > interval '0'),
    created_at            timestamptz not null,
    version               bigint not null
);

create table process_officer (
    process    uuid not null references process (id),
    account    uuid not null references account (id),
    role       text not null check (role in ('PRESIDENCY', 'SECRETARIAT')),
    appointed_at timestamptz not null,
    primary key (process, account)
);
