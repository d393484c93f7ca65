-- A draft decision cites earlier decisions of its process: it revises or recalls them. A decision of the register is
-- an adopted draft (its id is the draft's), so the citation names the adopted draft; it goes with the citing draft.
create table silence_draft_citation (
    draft    uuid not null references silence_draft (id) on delete cascade,
    decision uuid not null references silence_draft (id),
    relation text not null check (relation in ('REVISES', 'RECALLS')),
    position int not null check (position >= 1),
    primary key (draft, decision),
    check (draft <> decision)
);
create index silence_draft_citation_decision_idx on silence_draft_citation (decision);
