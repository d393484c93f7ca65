-- Why the Presidency withdrew a procedure: required from now on, shown to the delegations. Procedures withdrawn
-- before have none (the constraint is not checked on existing rows).
alter table silence_procedure add column withdrawal_reason text;
alter table silence_procedure add constraint silence_procedure_withdrawal_reason
    check ((withdrawal_reason is null) = (status <> 'WITHDRAWN')) not valid;
