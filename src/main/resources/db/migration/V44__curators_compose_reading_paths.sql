-- Curators compose and revise reading paths (org.mirarchive.curation, docs/curation.md, "Reading
-- paths"): a change set's edit may be a reading path, reviewed like an entry's or a work's.
-- Portable SQL (H2, PostgreSQL).

-- An edit of a reading path: reading_path is true, reading_path_id the published path (null for
-- a new one until it is published), entry_id, entry_kind and source_id null. The draft is then
-- the path as JSON (readingpath.PathDraft).
alter table change_set_edit add column reading_path boolean default false not null;
alter table change_set_edit add column reading_path_id bigint references reading_path (id);
-- Once a change to a published path is published, the path as it was just before (JSON), so that
-- its change set still shows what it changed.
alter table change_set_edit add column path_before varchar(1000000);
alter table change_set_edit drop constraint change_set_edit_one_subject;
alter table change_set_edit add constraint change_set_edit_one_subject
    check ((work and not reading_path and entry_id is null and entry_kind is null and reading_path_id is null)
        or (reading_path and not work and entry_id is null and entry_kind is null and source_id is null)
        or (not work and not reading_path and source_id is null and reading_path_id is null
            and entry_kind is not null));

create index change_set_edit_reading_path on change_set_edit (reading_path_id);

-- A save made from an older version of a path is refused, never written over what another
-- curator published meanwhile (as for works, V32).
alter table reading_path add column version bigint default 0 not null;
