-- Official addresses of a State or organisation (its permanent mission, focal points, the capital), independent
-- of accounts: formal communications reach them whether or not anybody there has an account. Participants are
-- never deleted, so a contact always has its participant; one address once per participant.
create table contact (
    id          uuid primary key,
    participant uuid not null references participant (id),
    email       text not null check (length(email) between 3 and 254 and email ~ '^[^@\s]+@[^@\s]+$'),
    name        text check (name is null or length(btrim(name)) between 1 and 200),
    role        text not null check (role in ('MISSION', 'FOCAL_POINT', 'CAPITAL', 'OTHER')),
    language    text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    created_at  timestamptz not null,
    version     bigint not null
);
create unique index contact_address_key on contact (participant, lower(email));
