-- The letter a silence procedure was announced with, if any: its outcome letter refers to it.
alter table silence_procedure add column announced_with uuid references letter (id);
