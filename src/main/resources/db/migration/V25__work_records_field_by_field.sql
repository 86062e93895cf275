-- Work records field by field (issue 10): the access date, place of publication, ISBN and the
-- work's language become fields of the record, filled for every work from
-- ../shared/source/corroboration.md and corroboration-more.md (section 3, "Bibliographic
-- records", and the notes above it), where they sat only in free-text notes. A field the archive
-- does not know is not left blank and not invented: a source_unknown row says why it is missing
-- (not found when searched for, not shown on the copy read, not recorded in the archive's notes,
-- or none: the work has none, as a law has no personal author). Which fields each kind of work
-- must have is org.mirarchive.work.RecordFields; seed.SeedIntegrityTest checks every work against
-- it. The archive's own words in a record (a corporate author such as "Wikipedia contributors",
-- a site's name given in words, a place's name) are translated in source_translation, as V13
-- translates summaries; a third language is rows, not columns. Titles stay as published.
-- Free locators of unquoted works ("chapter on the JCR") are the archive's words too and get a
-- citation_translation row per citation and language. Portable SQL (H2, PostgreSQL).

-- =============================================================================================
-- A. Schema
-- =============================================================================================
-- accessed: the day (or month) the archive read a web page, in EDTF, where it was recorded.
-- accessed_before: where the day was not recorded, the day before which the page was read (the
-- publication of the records that first cite it), so a citation can say "before …" truthfully.
-- place: the place of publication, as the imprint gives it. isbn: as printed. language: the
-- BCP 47 tag of the language the work is written in ('en', 'es', 'de'); its name in words is the
-- reader's language's (Java's display names), so that no translation row is needed for it.
alter table source add column accessed varchar(40);
alter table source add column accessed_before date;
alter table source add column place varchar(120);
alter table source add column isbn varchar(40);
alter table source add column language varchar(10);

create table source_unknown (
    source_id     bigint       not null references source (id),
    field         varchar(20)  not null,
    reason        varchar(20)  not null,
    primary key (source_id, field),
    check (field in ('AUTHOR', 'PUBLISHER', 'PLACE', 'ISSUED', 'ACCESSED', 'ISBN')),
    check (reason in ('NOT_FOUND', 'NOT_SHOWN', 'NOT_RECORDED', 'NONE'))
);

-- The record's own words in another language: a corporate author, a site, a place. Null where the
-- English column is empty or is a name that reads the same (a publisher's name stays as it is).
alter table source_translation add column author varchar(200);
alter table source_translation add column container varchar(200);
alter table source_translation add column place varchar(120);

-- A free locator in another language ("capítulo sobre la JCR"), keyed like V13's tables.
create table citation_translation (
    citation_id   bigint        not null references citation (id),
    language      varchar(10)   not null,
    locator       varchar(200)  not null,
    primary key (citation_id, language)
);

-- =============================================================================================
-- B. The language each work is written in
-- =============================================================================================
-- From each work's title, site and the notes: the About.com article, its photograph's caption,
-- English and Simple English Wikipedia, The Condor Years, the AP chronology and Veritas are in
-- English; Spanish Wikipedia, Memoria Chilena, Memoria Viva, the laws, the Rettig Report, A Vencer
-- and surmaule.cl in Spanish; German Wikipedia's "La Moneda" in German.
update source set language = 'en'
 where slug in ('chiles-mir-the-revolutionary-left-movement', 'photograph-van-schouwen-ferrada-noli-enriquez',
                'wikipedia-carlos-prats', 'wikipedia-marcello-ferrada-de-noli', 'dinges-the-condor-years',
                'wikipedia-revolutionary-left-movement-chile', 'wikipedia-andres-pascal-allende',
                'wikipedia-mario-roberto-santucho', 'ap-key-events-in-recent-chilean-history',
                'wikipedia-simple-guerrilla-of-nancahuazu', 'wikipedia-chilean-land-reform',
                'jones-che-guevara-in-bolivia', 'wikipedia-santiago', 'wikipedia-simple-buenos-aires');
update source set language = 'es'
 where slug in ('wikipedia-es-movimiento-de-izquierda-revolucionaria-chile', 'memoria-chilena-mir',
                'wikipedia-es-miguel-enriquez', 'memoria-viva-bautista-van-schouwen', 'ley-17450', 'rettig-report',
                'wikipedia-es-direccion-de-inteligencia-nacional', 'wikipedia-es-estadio-nacional-centro-de-detencion',
                'memoria-chilena-escuela-nacional-unificada', 'ley-10383',
                'a-vencer-nace-la-junta-de-coordinacion-revolucionaria', 'wikipedia-es-poblacion-callampa',
                'surmaule-promulgacion-ley-16640', 'wikipedia-es-golpe-de-estado-en-chile-de-1973');
update source set language = 'de' where slug = 'wikipedia-de-la-moneda';

-- =============================================================================================
-- C. Wikipedia: the site is "Wikipedia", the edition is the work's language
-- =============================================================================================
-- "Wikipedia (English)", "(Spanish)" and "(German)" put the language of the work, an English
-- word, into the site's name, so that Spanish pages showed "Wikipedia (English)". The site is
-- Wikipedia; the edition is now the language field, which reads "inglés" under Spanish. Simple
-- English Wikipedia is a site of its own name, translated below.
update source set container = 'Wikipedia' where container in ('Wikipedia (English)', 'Wikipedia (Spanish)', 'Wikipedia (German)');
update source set container = 'Simple English Wikipedia' where container = 'Wikipedia (Simple English)';

-- =============================================================================================
-- D. Access dates
-- =============================================================================================
-- corroboration-more.md: "No Wikipedia excerpt showed a 'last edited' date: record the access
-- date instead." The day was never recorded (the DATE notes of V11, V12 and V14 say so); what
-- is known is that each page was read for the archive's research notes before the records that
-- cite it were published: the seed's works before 25 November 2026 (V5), the works added by the
-- review of December 2026 (V11, V12) and by the Spanish texts (V14) before 6 December 2026, the
-- day those migrations date their records. A book, and a report cited as itself (Rettig), have
-- no access date.
update source set accessed_before = date '2026-11-25'
 where slug in ('chiles-mir-the-revolutionary-left-movement', 'photograph-van-schouwen-ferrada-noli-enriquez',
                'wikipedia-carlos-prats', 'wikipedia-marcello-ferrada-de-noli',
                'wikipedia-es-movimiento-de-izquierda-revolucionaria-chile', 'wikipedia-revolutionary-left-movement-chile',
                'memoria-chilena-mir', 'wikipedia-es-miguel-enriquez', 'memoria-viva-bautista-van-schouwen',
                'wikipedia-andres-pascal-allende', 'ley-17450', 'wikipedia-es-direccion-de-inteligencia-nacional',
                'wikipedia-es-estadio-nacional-centro-de-detencion', 'wikipedia-mario-roberto-santucho');
update source set accessed_before = date '2026-12-06'
 where slug in ('ap-key-events-in-recent-chilean-history', 'wikipedia-simple-guerrilla-of-nancahuazu',
                'wikipedia-chilean-land-reform', 'memoria-chilena-escuela-nacional-unificada', 'ley-10383',
                'a-vencer-nace-la-junta-de-coordinacion-revolucionaria', 'jones-che-guevara-in-bolivia',
                'wikipedia-de-la-moneda', 'wikipedia-santiago', 'wikipedia-simple-buenos-aires',
                'wikipedia-es-poblacion-callampa', 'surmaule-promulgacion-ley-16640',
                'wikipedia-es-golpe-de-estado-en-chile-de-1973');

-- =============================================================================================
-- E. Place of publication and ISBN (books and reports)
-- =============================================================================================
-- The Condor Years: "New York: The New Press, 2004 … ISBN 1-56584-764-4" (corroboration-more.md
-- section 3, and its opening notes), until now only in the REPUBLISHED note.
update source set place = 'New York', isbn = '1-56584-764-4' where slug = 'dinges-the-condor-years';
-- The Rettig Report: "Santiago de Chile, 1991"; the first edition's publisher "NOT FOUND" and no
-- ISBN given for it (section 3: the ISBN 956-7419-17-5 is the 1996 re-edition's, kept in its note).
update source set place = 'Santiago de Chile' where slug = 'rettig-report';

-- =============================================================================================
-- F. What is not known, field by field
-- =============================================================================================
-- Wikipedia's pages: no copy read showed a date of last edit (corroboration-more.md section 3,
-- "Last-edited dates: not shown").
insert into source_unknown (source_id, field, reason)
select id, 'ISSUED', 'NOT_SHOWN' from source where container in ('Wikipedia', 'Simple English Wikipedia');
-- The photograph: its photographer is not named and its date is not given (the caption and
-- credit line, V11's notes).
insert into source_unknown (source_id, field, reason)
select id, 'AUTHOR', 'NOT_SHOWN' from source where slug = 'photograph-van-schouwen-ferrada-noli-enriquez';
insert into source_unknown (source_id, field, reason)
select id, 'ISSUED', 'NOT_SHOWN' from source where slug = 'photograph-van-schouwen-ferrada-noli-enriquez';
-- Memoria Chilena's MIR page: "Exact page title and date: NOT SHOWN in the excerpt"; no author
-- named in it (section 3).
insert into source_unknown (source_id, field, reason)
select id, 'AUTHOR', 'NOT_SHOWN' from source where slug = 'memoria-chilena-mir';
insert into source_unknown (source_id, field, reason)
select id, 'ISSUED', 'NOT_SHOWN' from source where slug = 'memoria-chilena-mir';
-- Memoria Viva: "No page date shown" (section 3); who publishes the site is not in the notes.
insert into source_unknown (source_id, field, reason)
select id, 'ISSUED', 'NOT_SHOWN' from source where slug = 'memoria-viva-bautista-van-schouwen';
insert into source_unknown (source_id, field, reason)
select id, 'PUBLISHER', 'NOT_RECORDED' from source where slug = 'memoria-viva-bautista-van-schouwen';
-- The laws have no personal author (their AUTHOR notes).
insert into source_unknown (source_id, field, reason)
select id, 'AUTHOR', 'NONE' from source where slug in ('ley-17450', 'ley-10383');
-- The Rettig Report: "Publisher of the 1991 first edition: NOT FOUND" (section 3); no ISBN of
-- the first edition was found either.
insert into source_unknown (source_id, field, reason)
select id, 'PUBLISHER', 'NOT_FOUND' from source where slug = 'rettig-report';
insert into source_unknown (source_id, field, reason)
select id, 'ISBN', 'NOT_FOUND' from source where slug = 'rettig-report';
-- The AP chronology: no byline (its AUTHOR note).
insert into source_unknown (source_id, field, reason)
select id, 'AUTHOR', 'NOT_SHOWN' from source where slug = 'ap-key-events-in-recent-chilean-history';
-- Memoria Chilena's ENU page, A Vencer and surmaule.cl: the archive's notes name no author (and
-- for the ENU page and surmaule.cl no date; for surmaule.cl no publisher), as their notes say.
insert into source_unknown (source_id, field, reason)
select id, 'AUTHOR', 'NOT_RECORDED' from source
 where slug in ('memoria-chilena-escuela-nacional-unificada', 'a-vencer-nace-la-junta-de-coordinacion-revolucionaria',
                'surmaule-promulgacion-ley-16640');
insert into source_unknown (source_id, field, reason)
select id, 'ISSUED', 'NOT_RECORDED' from source
 where slug in ('memoria-chilena-escuela-nacional-unificada', 'surmaule-promulgacion-ley-16640');
insert into source_unknown (source_id, field, reason)
select id, 'PUBLISHER', 'NOT_RECORDED' from source where slug = 'surmaule-promulgacion-ley-16640';

-- =============================================================================================
-- G. The record's own words in Spanish
-- =============================================================================================
-- Wikipedia's articles are credited to "Wikipedia contributors" (V11): the archive's words for a
-- corporate author, which read "Colaboradores de Wikipedia" in Spanish, as Wikipedia's Spanish
-- edition credits them. The Simple English edition's name, and New York, in Spanish.
update source_translation set author = 'Colaboradores de Wikipedia'
 where language = 'es' and source_id in (select id from source where author = 'Wikipedia contributors');
update source_translation set container = 'Wikipedia en inglés simple'
 where language = 'es' and source_id in (select id from source where container = 'Simple English Wikipedia');
update source_translation set place = 'Nueva York'
 where language = 'es' and source_id = (select id from source where slug = 'dinges-the-condor-years');

-- The one free locator, "chapter on the JCR", on every citation of The Condor Years that gives it.
insert into citation_translation (citation_id, language, locator)
select id, 'es', 'capítulo sobre la JCR' from citation where locator = 'chapter on the JCR';

-- =============================================================================================
-- H. Notes keep only what is not a field
-- =============================================================================================
-- Wikipedia's DATE notes said only that no date of last edit was shown and that the access day
-- was not recorded, before a given day: both are now fields (ISSUED not shown, accessed before).
delete from source_note_translation where source_note_id in (select n.id from source_note n join source s on s.id = n.source_id
 where n.kind = 'DATE' and s.container in ('Wikipedia', 'Simple English Wikipedia'));
delete from source_note where kind = 'DATE' and source_id in (select id from source
 where container in ('Wikipedia', 'Simple English Wikipedia'));
-- Notes that said only what a field now says: the photograph's unnamed photographer, the ENU
-- page's and surmaule.cl's missing date and author, surmaule.cl's unrecorded publisher.
delete from source_note_translation where source_note_id in (select n.id from source_note n join source s on s.id = n.source_id
 where (s.slug = 'photograph-van-schouwen-ferrada-noli-enriquez' and n.kind = 'AUTHOR')
    or (s.slug in ('memoria-chilena-escuela-nacional-unificada', 'surmaule-promulgacion-ley-16640') and n.kind = 'DATE')
    or (s.slug = 'surmaule-promulgacion-ley-16640' and n.kind in ('AUTHOR', 'CAPTURE')));
delete from source_note where id in (select n.id from source_note n join source s on s.id = n.source_id
 where (s.slug = 'photograph-van-schouwen-ferrada-noli-enriquez' and n.kind = 'AUTHOR')
    or (s.slug in ('memoria-chilena-escuela-nacional-unificada', 'surmaule-promulgacion-ley-16640') and n.kind = 'DATE')
    or (s.slug = 'surmaule-promulgacion-ley-16640' and n.kind in ('AUTHOR', 'CAPTURE')));
-- The other DATE notes end with the access day ("Accessed: the day was not recorded…"), now the
-- accessed field: the sentence is cut off, in English and in Spanish ("Consultado: …").
update source_note set text = trim(substring(text, 1, position('Accessed:' in text) - 1))
 where kind = 'DATE' and position('Accessed:' in text) > 1;
update source_note_translation set text = trim(substring(text, 1, position('Consultado:' in text) - 1))
 where position('Consultado:' in text) > 1;
-- The Condor Years: place and ISBN are fields now; the note keeps the length and the later printing.
update source_note set text = 'The first edition of 2004 has 322 pages; a later printing adds an afterword dated 2005.'
 where kind = 'REPUBLISHED' and source_id = (select id from source where slug = 'dinges-the-condor-years');
update source_note_translation set text = 'La primera edición, de 2004, tiene 322 páginas; una reimpresión posterior agrega un epílogo fechado en 2005.'
 where language = 'es' and source_note_id = (select n.id from source_note n join source s on s.id = n.source_id
 where n.kind = 'REPUBLISHED' and s.slug = 'dinges-the-condor-years');
-- The Rettig Report: its unknown publisher and the place are fields now.
update source_note set text = 'Read in a transcription of its text. No web address is given because the archive cites the report itself, not a copy of it.'
 where kind = 'CAPTURE' and source_id = (select id from source where slug = 'rettig-report');
update source_note_translation set text = 'Leído en una transcripción de su texto. No se indica dirección web porque el archivo cita el informe mismo, no una copia de él.'
 where language = 'es' and source_note_id = (select n.id from source_note n join source s on s.id = n.source_id
 where n.kind = 'CAPTURE' and s.slug = 'rettig-report');

-- Every work's page shows a changed record: dated anew, so that pages, caches, the sitemap and
-- the download see the change. The entries whose footnotes cite The Condor Years change too.
update source set last_changed = timestamp with time zone '2026-12-06 23:30:00+00:00';
update entry set last_changed = timestamp with time zone '2026-12-06 23:30:00+00:00'
 where id in (select c.date_entry_id from citation c where c.locator is not null and c.date_entry_id is not null)
    or id in (select s.entry_id from statement s join citation c on c.statement_id = s.id where c.locator is not null)
    or id in (select n.entry_id from editorial_note n join citation c on c.note_id = n.id where c.locator is not null)
    or id in (select r.subject_id from relation r join citation c on c.relation_id = r.id where c.locator is not null)
    or id in (select r.object_id from relation r join citation c on c.relation_id = r.id where c.locator is not null)
    or id in (select n.entry_id from entry_name n join citation c on c.name_id = n.id where c.locator is not null);
