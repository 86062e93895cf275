-- Curators edit the works the archive cites (org.mirarchive.curation, docs/curation.md, "Works"):
-- a change set's edit may be a work's record instead of an entry, and every change to a work's
-- record is a revision, as every change to an entry is (V28). Portable SQL (H2, PostgreSQL).

-- An edit of a work: work is true, source_id the published work (null for a new one until it is
-- published), entry_id and entry_kind null. The draft is then a work's record as JSON (WorkDraft).
alter table change_set_edit add column work boolean default false not null;
alter table change_set_edit add column source_id bigint references source (id);
-- Once a change to a published work is published, the work as it was just before (JSON), so that
-- its change set still shows what it changed.
alter table change_set_edit add column work_before varchar(1000000);
alter table change_set_edit alter column entry_kind drop not null;
alter table change_set_edit add constraint change_set_edit_one_subject
    check ((work and entry_id is null and entry_kind is null)
        or (not work and source_id is null and entry_kind is not null));

create index change_set_edit_source on change_set_edit (source_id);

-- Optimistic locking, as for entries (V27): a save made from an older version of the work's
-- record is refused, never written over what another curator saved meanwhile.
alter table source add column version bigint default 0 not null;

-- The works' history, in Envers' shape (see V28): a copy of the record, its translations, the
-- fields it declares unknown and its notes, with the revision and what it did to the row. The
-- sections and quotations are not edited here and are not audited.
create table source_aud (
    id             bigint        not null,
    rev            integer       not null references revinfo (rev),
    revtype        smallint,
    slug           varchar(160),
    kind           varchar(20),
    title          varchar(300),
    subtitle       varchar(300),
    author         varchar(200),
    container      varchar(200),
    publisher      varchar(200),
    issued         varchar(40),
    url            varchar(500),
    accessed       varchar(40),
    accessed_before date,
    place          varchar(120),
    isbn           varchar(40),
    language       varchar(10),
    summary        varchar(500),
    quotable       boolean,
    position       integer,
    last_changed   timestamp with time zone,
    version        bigint,
    primary key (rev, id)
);
create index source_aud_id on source_aud (id, rev);

create table source_translation_aud (
    rev            integer       not null references revinfo (rev),
    revtype        smallint      not null,
    source_id      bigint        not null,
    language       varchar(10)   not null,
    summary        varchar(1000),
    author         varchar(200),
    container      varchar(200),
    place          varchar(120),
    primary key (rev, revtype, source_id, language)
);
create index source_translation_aud_source on source_translation_aud (source_id, rev);

create table source_unknown_aud (
    rev            integer       not null references revinfo (rev),
    revtype        smallint      not null,
    source_id      bigint        not null,
    field          varchar(20)   not null,
    reason         varchar(20),
    primary key (rev, revtype, source_id, field)
);
create index source_unknown_aud_source on source_unknown_aud (source_id, rev);

create table source_note_aud (
    id             bigint        not null,
    rev            integer       not null references revinfo (rev),
    revtype        smallint,
    source_id      bigint,
    kind           varchar(30),
    text           varchar(600),
    position       integer,
    primary key (rev, id)
);
create index source_note_aud_id on source_note_aud (id, rev);
create index source_note_aud_source on source_note_aud (source_id);

create table source_note_translation_aud (
    rev            integer       not null references revinfo (rev),
    revtype        smallint      not null,
    source_note_id bigint        not null,
    language       varchar(10)   not null,
    text           varchar(1200) not null,
    primary key (rev, revtype, source_note_id, language)
);
create index source_note_translation_aud_note on source_note_translation_aud (source_note_id, rev);

-- The baseline: the works as the migrations seeded them belong to revision 1, the archive as
-- seeded (V28), added (revtype 0) as they are. No curator could edit a work before this
-- migration, so every work's row is still as seeded.
insert into source_aud (id, rev, revtype, slug, kind, title, subtitle, author, container, publisher, issued, url,
                        accessed, accessed_before, place, isbn, language, summary, quotable, position,
                        last_changed, version)
select id, 1, 0, slug, kind, title, subtitle, author, container, publisher, issued, url,
       accessed, accessed_before, place, isbn, language, summary, quotable, position, last_changed, version
  from source;

insert into source_translation_aud (rev, revtype, source_id, language, summary, author, container, place)
select 1, 0, source_id, language, summary, author, container, place from source_translation;

insert into source_unknown_aud (rev, revtype, source_id, field, reason)
select 1, 0, source_id, field, reason from source_unknown;

insert into source_note_aud (id, rev, revtype, source_id, kind, text, position)
select id, 1, 0, source_id, kind, text, position from source_note;

insert into source_note_translation_aud (rev, revtype, source_note_id, language, text)
select 1, 0, source_note_id, language, text from source_note_translation;
