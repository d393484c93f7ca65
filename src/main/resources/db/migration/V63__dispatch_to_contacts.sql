-- A letter reaches every address of each addressed participant, its official contacts as well as its delegates'
-- accounts: a dispatch goes to an account, to a contact, or to an address that is both (one e-mail per distinct
-- address), in the language its recipient reads.
alter table letter_dispatch alter column account drop not null;
alter table letter_dispatch add column contact uuid references contact (id) on delete set null;
alter table letter_dispatch add column language text not null default 'en'
    check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es'));
alter table letter_dispatch drop constraint letter_dispatch_letter_account_key;
create unique index letter_dispatch_address_key on letter_dispatch (letter, lower(email));
