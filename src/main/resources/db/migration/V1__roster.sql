-- Roster: States and organisations, treaties, and each State's treaty status over time.
create table participant (
    id                uuid primary key,
    name              text not null check (length(btrim(name)) between 1 and 200),
    kind              text not null check (kind in ('STATE', 'ORGANISATION')),
    iso3              char(3) check (iso3 ~ '^[A-Z]{3}$'),
    organisation_type text check (organisation_type in
                          ('INTERNATIONAL_ORGANISATION', 'UN_BODY', 'NON_GOVERNMENTAL_ORGANISATION', 'OTHER')),
    created_at        timestamptz not null,
    version           bigint not null,
    check (kind = 'STATE' or iso3 is null),
    check (kind = 'ORGANISATION' or organisation_type is null)
);
create unique index participant_name_key on participant (lower(name));
create unique index participant_iso3_key on participant (iso3);

create table treaty (
    code       text primary key check (code ~ '^[A-Z][A-Z0-9-]{0,19}$'),
    title      text not null check (length(btrim(title)) between 1 and 300),
    created_at timestamptz not null
);

create table treaty_status (
    participant uuid not null references participant (id),
    treaty      text not null references treaty (code),
    status      text not null check (status in ('STATE_PARTY', 'SIGNATORY', 'NONE')),
    since       date not null,
    recorded_at timestamptz not null,
    primary key (participant, treaty, since)
);
create index treaty_status_treaty_idx on treaty_status (treaty, since);
