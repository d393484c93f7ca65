-- The audit log becomes an append-only Merkle tree log (RFC 9162 §2.1), no longer a hash chain whose head every
-- writer had to lock. A business transaction only inserts its entry, with its transaction id (xact); the sequencer
-- later gives it its place in the log (idx) once every transaction below it has finished. Existing entries keep
-- their order: their id is their old seq and their xact 0, so they are integrated first, in seq order.
alter table audit_entry add column id bigint;
update audit_entry set id = seq;
alter table audit_entry alter column id set not null;
alter table audit_entry drop constraint audit_entry_pkey;
alter table audit_entry add primary key (id);
alter table audit_entry alter column seq drop not null, alter column prev_hash drop not null,
    alter column hash drop not null;
create sequence audit_entry_id_seq owned by audit_entry.id;
select setval('audit_entry_id_seq', coalesce(max(seq), 0) + 1, false) from audit_entry;
alter table audit_entry alter column id set default nextval('audit_entry_id_seq');

alter table audit_entry add column xact xid8 not null default '0';
alter table audit_entry alter column xact set default pg_current_xact_id();

alter table audit_entry add column idx bigint unique check (idx >= 0);
create index audit_entry_pending_idx on audit_entry (xact, id) where idx is null;
create index audit_entry_process_log_idx on audit_entry (process, idx desc nulls first, id desc);

-- The tree: the hash of every complete subtree of 2^level leaves starting at leaf position * 2^level; level 0
-- holds the leaf hashes. Every other tree hash (a root, a proof) is computed from at most log2(n) of these.
create table audit_node (
    level    smallint not null check (level between 0 and 62),
    position bigint not null check (position >= 0),
    hash     bytea not null check (length(hash) = 32),
    primary key (level, position)
);

-- Every tree head the sequencer signed (Ed25519 over "treeSize\nrootHash\ntimestamp", hashes in base64), with
-- the public key that signed it.
create table audit_tree_head (
    tree_size  bigint primary key check (tree_size >= 0),
    root_hash  bytea not null check (length(root_hash) = 32),
    signed_at  text not null,
    signature  bytea not null check (length(signature) = 64),
    public_key bytea not null check (length(public_key) = 32)
);
