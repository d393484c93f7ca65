-- The language each person reads: their e-mails and, unless they choose another, the pages of the interface.
-- Any of the six official languages of the United Nations, for accounts and for the invitations that create them.
alter table account add column language text not null default 'en'
    check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es'));

alter table account_link drop constraint account_link_language_check;
alter table account_link add constraint account_link_language_check
    check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es'));
