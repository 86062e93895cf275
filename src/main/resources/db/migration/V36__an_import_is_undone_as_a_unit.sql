-- A curators' import (org.mirarchive.curation, docs/curation.md "Importing a spreadsheet") is one
-- change set, marked as an import so that a reviewer can undo it as a unit once published: the
-- entries it made withdrawn, the entries it changed back as they were. Who undid it, when and why
-- stay with the change set. Change sets made before this migration are not marked: they are not
-- undone as a unit. Portable SQL (H2, PostgreSQL).
alter table change_set add column imported boolean default false not null;
alter table change_set add column undone timestamp with time zone;
alter table change_set add column undone_by varchar(100);
alter table change_set add column undo_reason varchar(1000);
