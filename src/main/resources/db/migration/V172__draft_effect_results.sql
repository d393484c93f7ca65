-- What became of the effect of an adopted draft (a State's obligation deadline extended), as the module that applied
-- it answered: recorded once per draft, shown with the draft.
create table silence_draft_effect (
    draft       uuid primary key references silence_draft (id),
    result      text not null check (length(btrim(result)) between 1 and 500),
    recorded_at timestamptz not null
);
