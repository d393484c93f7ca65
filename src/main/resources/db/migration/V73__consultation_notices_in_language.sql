-- The notices of consultations (opened, extended, closed early) reach every participant's contacts as well as its
-- delegates' accounts, each written when it is sent, in its recipient's language, from what the row records: the
-- kind of notice and the opening and closing times it announces. The English text stored so far is dropped.
alter table consultation_notice add column kind text;
alter table consultation_notice add column language text not null default 'en'
    check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es'));
alter table consultation_notice add column participant uuid references participant (id);
alter table consultation_notice add column opens_at timestamptz;
alter table consultation_notice add column closes_at timestamptz;
update consultation_notice n
   set kind = case when n.subject like 'Consultation closed:%' then 'CLOSED_EARLY' else 'EXTENDED' end,
       opens_at = c.opens_at, closes_at = c.closes_at
  from consultation c where c.id = n.consultation;
alter table consultation_notice alter column kind set not null;
alter table consultation_notice add constraint consultation_notice_kind_check
    check (kind in ('OPENED', 'EXTENDED', 'CLOSED_EARLY'));
alter table consultation_notice alter column opens_at set not null;
alter table consultation_notice alter column closes_at set not null;
alter table consultation_notice drop column subject;
alter table consultation_notice drop column body;
