-- The notices of a silence procedure reach every participant's official contacts as well as its delegates'
-- accounts: once per distinct address, in the language its recipient reads.
alter table silence_notice alter column account drop not null;
alter table silence_notice add column contact uuid references contact (id) on delete set null;
alter table silence_notice add column language text not null default 'en'
    check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es'));
alter table silence_notice drop constraint silence_notice_procedure_kind_account_key;
create unique index silence_notice_address_key on silence_notice (procedure, kind, lower(email));
