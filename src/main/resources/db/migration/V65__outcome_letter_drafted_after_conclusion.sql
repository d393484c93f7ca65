-- A concluded silence procedure names its outcome letter at once; correspondence drafts the letter under that id
-- after the conclusion is committed, in a transaction of its own (the event publication registry delivers it, also
-- after a crash). So the name may come before the letter, and cannot reference it.
alter table silence_procedure drop constraint silence_procedure_outcome_letter_fkey;
