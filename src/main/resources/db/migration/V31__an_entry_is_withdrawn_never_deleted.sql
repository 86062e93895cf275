-- Withdrawing a published entry (org.mirarchive.curation, docs/curation.md): an entry is never
-- deleted; a reviewer withdraws it, saying why, and names the entry that replaces it, if any. Its
-- address then answers 410 Gone with that, and it leaves every list; its history stays. Restoring
-- it clears these columns again. Portable SQL (H2, PostgreSQL).
alter table entry add column withdrawn timestamp with time zone;
alter table entry add column withdrawal_reason varchar(1000);
alter table entry add column withdrawal_reason_es varchar(1000);
alter table entry add column replaced_by_id bigint references entry (id);
alter table entry add column withdrawn_by varchar(100);

-- The same in the entry's history, so that a withdrawal (and a restoring) is a revision of it.
alter table entry_aud add column withdrawn timestamp with time zone;
alter table entry_aud add column withdrawal_reason varchar(1000);
alter table entry_aud add column withdrawal_reason_es varchar(1000);
alter table entry_aud add column replaced_by_id bigint;
alter table entry_aud add column withdrawn_by varchar(100);

-- Lists leave withdrawn entries out: the indexes the lists read in order (V9) carry the column, so
-- that a list page is still read from its index alone.
drop index entry_kind_sort;
create index entry_kind_sort on entry (kind, sort_key, id, withdrawn);
drop index entry_kind_date;
create index entry_kind_date on entry (kind, date_earliest asc nulls last, date_latest asc nulls last, position, id, withdrawn);
