-- A document filed against a meeting names an existing meeting (checked by the application since issue 4, and
-- from now on by the database for new and changed rows; NOT VALID leaves rows written before unchecked).
alter table document add constraint document_meeting_fk foreign key (meeting) references meeting (id) not valid;
