-- The archive's history (org.mirarchive.history, docs/curation.md): every change to an entry and
-- its claims is a revision, written by Hibernate Envers into these tables when its transaction
-- commits. Portable SQL (H2, PostgreSQL). The tables are Envers' own shape: revinfo, and beside each
-- audited table a *_aud copy with the revision (rev) and what it did to the row (revtype: 0 added,
-- 1 changed, 2 removed). Columns are as wide as the audited ones. No foreign key leads from an
-- *_aud table to a live one: a removed row's history stays.

-- One row per revision: when (milliseconds since 1970, UTC), who (a curator's username; null for
-- the archive's seed), why (the summary given) and the change set it published, if any.
create table revinfo (
    rev            integer       not null primary key,
    revtstmp       bigint        not null,
    author         varchar(100),
    summary        varchar(500),
    change_set_id  bigint        references change_set (id)
);

-- Revision numbers, one by one (revision 1 is the baseline below).
create sequence revinfo_seq start with 2 increment by 1;

create table entry_aud (
    id             bigint        not null,
    rev            integer       not null references revinfo (rev),
    revtype        smallint,
    kind           varchar(20),
    slug           varchar(160),
    name           varchar(200),
    sort_key       varchar(200),
    headword_coined boolean,
    summary        varchar(300),
    date_edtf      varchar(60),
    date_earliest  date,
    date_latest    date,
    content_note   boolean,
    position       integer,
    last_changed   timestamp with time zone,
    version        bigint,
    primary key (rev, id)
);
create index entry_aud_id on entry_aud (id, rev);

create table entry_translation_aud (
    rev            integer       not null references revinfo (rev),
    revtype        smallint      not null,
    entry_id       bigint        not null,
    language       varchar(10)   not null,
    name           varchar(200),
    sort_key       varchar(200),
    summary        varchar(600),
    primary key (rev, revtype, entry_id, language)
);
create index entry_translation_aud_entry on entry_translation_aud (entry_id, rev);

create table entry_name_aud (
    id             bigint        not null,
    rev            integer       not null references revinfo (rev),
    revtype        smallint,
    name_key       varchar(80),
    entry_id       bigint,
    kind           varchar(20),
    name           varchar(200),
    lang           varchar(10),
    position       integer,
    primary key (rev, id)
);
create index entry_name_aud_id on entry_name_aud (id, rev);
create index entry_name_aud_entry on entry_name_aud (entry_id);

create table statement_aud (
    id             bigint        not null,
    rev            integer       not null references revinfo (rev),
    revtype        smallint,
    statement_key  varchar(80),
    entry_id       bigint,
    text           varchar(600),
    position       integer,
    primary key (rev, id)
);
create index statement_aud_id on statement_aud (id, rev);
create index statement_aud_entry on statement_aud (entry_id);

-- A translation changed in a revision is a removed row and an added one: revtype tells them apart.
create table statement_translation_aud (
    rev            integer       not null references revinfo (rev),
    revtype        smallint      not null,
    statement_id   bigint        not null,
    language       varchar(10)   not null,
    text           varchar(1200) not null,
    primary key (rev, revtype, statement_id, language)
);
create index statement_translation_aud_statement on statement_translation_aud (statement_id, rev);

create table relation_aud (
    id             bigint        not null,
    rev            integer       not null references revinfo (rev),
    revtype        smallint,
    relation_key   varchar(80),
    kind           varchar(30),
    subject_id     bigint,
    object_id      bigint,
    role           varchar(120),
    inverse_role   varchar(120),
    date_edtf      varchar(60),
    date_earliest  date,
    date_latest    date,
    position       integer,
    primary key (rev, id)
);
create index relation_aud_id on relation_aud (id, rev);
create index relation_aud_subject on relation_aud (subject_id);
create index relation_aud_object on relation_aud (object_id);

create table relation_translation_aud (
    rev            integer       not null references revinfo (rev),
    revtype        smallint      not null,
    relation_id    bigint        not null,
    language       varchar(10)   not null,
    role           varchar(240),
    inverse_role   varchar(240),
    primary key (rev, revtype, relation_id, language)
);
create index relation_translation_aud_relation on relation_translation_aud (relation_id, rev);

create table editorial_note_aud (
    id             bigint        not null,
    rev            integer       not null references revinfo (rev),
    revtype        smallint,
    note_key       varchar(80),
    entry_id       bigint,
    statement_id   bigint,
    relation_id    bigint,
    date_entry_id  bigint,
    kind           varchar(20),
    text           varchar(1000),
    position       integer,
    primary key (rev, id)
);
create index editorial_note_aud_id on editorial_note_aud (id, rev);
create index editorial_note_aud_entry on editorial_note_aud (entry_id);

create table editorial_note_translation_aud (
    rev            integer       not null references revinfo (rev),
    revtype        smallint      not null,
    note_id        bigint        not null,
    language       varchar(10)   not null,
    text           varchar(2000) not null,
    primary key (rev, revtype, note_id, language)
);
create index editorial_note_translation_aud_note on editorial_note_translation_aud (note_id, rev);

-- The work and passage cited are kept by id: works are not audited, and are read as they are now.
create table citation_aud (
    id             bigint        not null,
    rev            integer       not null references revinfo (rev),
    revtype        smallint,
    source_id      bigint,
    quotation_id   bigint,
    locator        varchar(200),
    name_id        bigint,
    date_entry_id  bigint,
    statement_id   bigint,
    relation_id    bigint,
    note_id        bigint,
    primary key (rev, id)
);
create index citation_aud_id on citation_aud (id, rev);
create index citation_aud_name on citation_aud (name_id);
create index citation_aud_date_entry on citation_aud (date_entry_id);
create index citation_aud_statement on citation_aud (statement_id);
create index citation_aud_relation on citation_aud (relation_id);
create index citation_aud_note on citation_aud (note_id);

create table citation_translation_aud (
    rev            integer       not null references revinfo (rev),
    revtype        smallint      not null,
    citation_id    bigint        not null,
    language       varchar(10)   not null,
    locator        varchar(200)  not null,
    primary key (rev, revtype, citation_id, language)
);
create index citation_translation_aud_citation on citation_translation_aud (citation_id, rev);

-- =============================================================================================
-- The baseline: revision 1 is the archive as its migrations seeded it. Rows written by SQL never
-- passed through Envers, so each is copied here as added (revtype 0) in that revision, dated when
-- the seed's records last changed, with no author. Every later revision is a curator's.
-- =============================================================================================
insert into revinfo (rev, revtstmp, author, summary, change_set_id)
select 1, cast(extract(epoch from max(last_changed)) * 1000 as bigint), null,
       'The archive as its migrations seeded it', null
  from entry;

insert into entry_aud (id, rev, revtype, kind, slug, name, sort_key, headword_coined, summary, date_edtf,
                       date_earliest, date_latest, content_note, position, last_changed, version)
select id, 1, 0, kind, slug, name, sort_key, headword_coined, summary, date_edtf,
       date_earliest, date_latest, content_note, position, last_changed, version
  from entry;

insert into entry_translation_aud (rev, revtype, entry_id, language, name, sort_key, summary)
select 1, 0, entry_id, language, name, sort_key, summary from entry_translation;

insert into entry_name_aud (id, rev, revtype, name_key, entry_id, kind, name, lang, position)
select id, 1, 0, name_key, entry_id, kind, name, lang, position from entry_name;

insert into statement_aud (id, rev, revtype, statement_key, entry_id, text, position)
select id, 1, 0, statement_key, entry_id, text, position from statement;

insert into statement_translation_aud (rev, revtype, statement_id, language, text)
select 1, 0, statement_id, language, text from statement_translation;

insert into relation_aud (id, rev, revtype, relation_key, kind, subject_id, object_id, role, inverse_role,
                          date_edtf, date_earliest, date_latest, position)
select id, 1, 0, relation_key, kind, subject_id, object_id, role, inverse_role,
       date_edtf, date_earliest, date_latest, position
  from relation;

insert into relation_translation_aud (rev, revtype, relation_id, language, role, inverse_role)
select 1, 0, relation_id, language, role, inverse_role from relation_translation;

insert into editorial_note_aud (id, rev, revtype, note_key, entry_id, statement_id, relation_id, date_entry_id,
                                kind, text, position)
select id, 1, 0, note_key, entry_id, statement_id, relation_id, date_entry_id, kind, text, position
  from editorial_note;

insert into editorial_note_translation_aud (rev, revtype, note_id, language, text)
select 1, 0, note_id, language, text from editorial_note_translation;

insert into citation_aud (id, rev, revtype, source_id, quotation_id, locator, name_id, date_entry_id,
                          statement_id, relation_id, note_id)
select id, 1, 0, source_id, quotation_id, locator, name_id, date_entry_id, statement_id, relation_id, note_id
  from citation;

insert into citation_translation_aud (rev, revtype, citation_id, language, locator)
select 1, 0, citation_id, language, locator from citation_translation;
