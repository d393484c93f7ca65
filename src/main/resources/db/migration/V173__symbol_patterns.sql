-- The pattern of the symbols of a process's draft decisions (ATT/CSP6/2020/DEC.{n}): {n} stands for the number.
-- No row: symbols are free.
create table silence_symbol_pattern (
    process    uuid primary key references process (id),
    pattern    text not null check (length(pattern) between 4 and 90 and pattern like '%{n}%'),
    updated_at timestamptz not null,
    updated_by text not null
);
