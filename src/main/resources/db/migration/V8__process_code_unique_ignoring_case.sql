-- Process codes are looked up ignoring case (CCM-2RC, ccm-2rc), so the database keeps them unique that way
-- too, also against two simultaneous creations.
alter table process drop constraint process_code_key;
create unique index process_code_key on process (lower(code));
