-- Failed sign-ins are no longer counted in the database nor lock accounts: they are slowed down in memory
-- (identity.SignInThrottle), so that nobody can lock an owner out and a failure writes nothing.
alter table account drop column failed_sign_ins, drop column locked_until;
