-- A letter's version may give the signatory's title in its language ("Président de la deuxième Conférence
-- d'examen"); without one, the version is signed with the original's title.
alter table letter_version add column signatory_title text
    check (signatory_title is null or length(btrim(signatory_title)) between 1 and 200);
