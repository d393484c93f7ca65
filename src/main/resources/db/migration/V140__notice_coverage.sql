-- How far a notice to every participant reached (a procedure's circulation, a consultation's or a meeting's
-- notices), recorded when it is queued: the participants it was addressed to, how many of them had an address,
-- the e-mails it made, and by name (as then) those it could not reach. Its coverage stays as it was then.
create table notice_coverage (
    id          uuid primary key,
    subject     uuid not null,
    addressed   int not null check (addressed >= 0),
    reached     int not null check (reached between 0 and addressed),
    emails      int not null check (emails >= 0),
    recorded_at timestamptz not null
);
create index notice_coverage_subject on notice_coverage (subject, recorded_at desc);

create table notice_unreached (
    coverage         uuid not null references notice_coverage (id),
    participant      uuid not null references participant (id),
    participant_name text not null,
    primary key (coverage, participant)
);

-- Procedures circulated before: their reach as recorded by their circulation e-mails (those they could not reach
-- were not recorded then).
insert into notice_coverage (id, subject, addressed, reached, emails, recorded_at)
select gen_random_uuid(), p.id, count(distinct n.participant), count(distinct n.participant), count(n.id),
       p.circulated_at
  from silence_procedure p left join silence_notice n on n.procedure = p.id and n.kind = 'CIRCULATION'
 where p.circulated_at is not null
 group by p.id, p.circulated_at;
