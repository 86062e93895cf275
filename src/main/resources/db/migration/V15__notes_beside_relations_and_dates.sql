-- Issue 10, section 1, the part V11 could not do for lack of schema: "a disputed claim noted in
-- one place only". An editorial note stood only beside an entry's statement; a relation or an
-- entry's date line that carries the same disputed claim (the same passage of the article) was
-- shown without it. A note may now stand beside a relation (shown on the pages of both its ends)
-- or beside an entry's date line (shown there and marked on the timeline), and beside at most one
-- thing. Which relations and date lines carry a disputed claim is read from the data, as
-- seed.SeedIntegrityTest checks it: a relation citing the same quotation as a statement of one of
-- its two ends that has a DISAGREEMENT note; a date line citing the same quotation as a statement
-- of its own entry that has one (31 relations, 6 date lines).
alter table editorial_note add column relation_id bigint references relation (id);
alter table editorial_note add column date_entry_id bigint references entry (id);
alter table editorial_note add constraint editorial_note_beside_one check (
      (case when statement_id is null then 0 else 1 end)
    + (case when relation_id is null then 0 else 1 end)
    + (case when date_entry_id is null then 0 else 1 end) <= 1);
create index editorial_note_relation on editorial_note (relation_id);
create index editorial_note_date_entry on editorial_note (date_entry_id);

-- Each placement reuses the text of the note already beside the statement that carries the claim
-- (English, its Spanish, and the works it cites), so that the reader reads the same note wherever
-- the claim appears. The placements, one row each: a relation by its key, or a date line by its
-- entry's slug, and the note whose text it takes.
create table note_placement (
    note_key      varchar(80)  not null,
    from_note_key varchar(80)  not null,
    relation_key  varchar(80),
    entry_slug    varchar(160)
);
insert into note_placement (note_key, from_note_key, relation_key, entry_slug) values
-- Carlos Prats: "head of Chile's armed forces" until he stepped down "in early September, 1973";
-- English Wikipedia, "Carlos Prats": commander-in-chief of the Army only, resigned 23 August 1973.
    ('prats-heads-armed-forces-relation-note', 'prats-note', 'prats-heads-armed-forces', null),
    ('prats-stepped-down-relation-note', 'resignation-note', 'prats-stepped-down', null),
    ('carlos-prats-steps-down-date-note', 'resignation-note', null, 'carlos-prats-steps-down'),
-- Marcello Ferrada-Noli "locked up from 1973 to 1975"; English Wikipedia, "Marcello Ferrada de
-- Noli": imprisoned in 1973, in exile by April 1974.
    ('ferrada-noli-imprisoned-relation-note', 'ferrada-noli-imprisoned-note', 'ferrada-noli-imprisoned', null),
    ('imprisonment-of-marcello-ferrada-noli-date-note', 'prison-note', null, 'imprisonment-of-marcello-ferrada-noli'),
-- The MIR "still exists today" (its date, from 1965 onwards); Memoria Chilena: split in 1986,
-- factions dissolved around 1990.
    ('mir-date-note', 'mir-today-note', null, 'mir'),
-- The founders, "a union of leftist student groups, primarily in Santiago"; Spanish and English
-- Wikipedia: its core came from students at the University of Concepción, with trade unionists
-- and Trotskyist groups.
    ('founding-of-the-mir-date-note', 'founding-note', null, 'founding-of-the-mir'),
    ('founding-in-santiago-relation-note', 'santiago-founding-note', 'founding-in-santiago', null),
    ('mir-based-in-santiago-relation-note', 'santiago-founding-note', 'mir-based-in-santiago', null),
    ('mir-at-founding-relation-note', 'founding-note', 'mir-at-founding', null),
    ('student-groups-at-founding-relation-note', 'student-groups-origin-note', 'student-groups-at-founding', null),
    ('student-groups-found-mir-relation-note', 'student-groups-origin-note', 'student-groups-found-mir', null),
-- The JCR named at a Buenos Aires meeting after the fall of Allende; John Dinges, The Condor
-- Years: agreed and named in August 1973, before the coup.
    ('jcr-named-in-buenos-aires-relation-note', 'buenos-aires-jcr-note', 'jcr-named-in-buenos-aires', null),
    ('jcr-founded-relation-note', 'jcr-founding-note', 'jcr-founded', null),
    ('mir-founds-jcr-relation-note', 'jcr-founding-note', 'mir-founds-jcr', null),
    ('tupamaros-found-jcr-relation-note', 'jcr-founding-note', 'tupamaros-found-jcr', null),
    ('erp-founds-jcr-relation-note', 'jcr-founding-note', 'erp-founds-jcr', null),
    ('eln-founds-jcr-relation-note', 'jcr-founding-note', 'eln-founds-jcr', null),
    ('mir-in-jcr-relation-note', 'jcr-note', 'mir-in-jcr', null),
    ('tupamaros-in-jcr-relation-note', 'jcr-note', 'tupamaros-in-jcr', null),
    ('erp-in-jcr-relation-note', 'jcr-note', 'erp-in-jcr', null),
    ('eln-in-jcr-relation-note', 'jcr-note', 'eln-in-jcr', null),
-- The talks "as early as October of 1972"; John Dinges, The Condor Years, dates their first
-- meeting otherwise (the note V11 wrote).
    ('alliance-talks-date-note', 'talks-dates-note', null, 'alliance-talks'),
    ('mir-in-talks-relation-note', 'talks-dates-note', 'mir-in-talks', null),
    ('tupamaros-in-talks-relation-note', 'talks-dates-note', 'tupamaros-in-talks', null),
    ('erp-in-talks-relation-note', 'talks-dates-note', 'erp-in-talks', null),
    ('eln-in-talks-relation-note', 'talks-dates-note', 'eln-in-talks', null),
-- Allende's reforms ("took control of education and health care", land reform as his); English
-- Wikipedia, "Chilean land reform", Ley 10.383 and Memoria Chilena differ (the notes V11 and V12
-- wrote). The nationalization of copper is cited to the same passage, so the note on the list of
-- reforms stands beside it too.
    ('allende-reforms-date-note', 'reforms-list-note', null, 'allende-reforms'),
    ('allende-reforms-relation-note', 'reforms-list-note', 'allende-reforms', null),
    ('reforms-in-chile-relation-note', 'reforms-list-note', 'reforms-in-chile', null),
    ('allende-copper-relation-note', 'allende-reforms-note', 'allende-copper', null),
    ('allende-education-relation-note', 'education-reform-note', 'allende-education', null),
    ('education-in-chile-relation-note', 'education-reform-note', 'education-in-chile', null),
    ('allende-health-relation-note', 'health-reform-note', 'allende-health', null),
    ('health-in-chile-relation-note', 'health-reform-note', 'health-in-chile', null),
    ('allende-land-reform-relation-note', 'land-reform-note', 'allende-land-reform', null),
    ('land-reform-in-chile-relation-note', 'land-reform-note', 'land-reform-in-chile', null);

-- A note beside a relation belongs to the relation's subject (its page lists it first).
insert into editorial_note (note_key, entry_id, relation_id, kind, text, position)
select p.note_key, r.subject_id, r.id, n.kind, n.text, 1
  from note_placement p
  join relation r on r.relation_key = p.relation_key
  join editorial_note n on n.note_key = p.from_note_key;
insert into editorial_note (note_key, entry_id, date_entry_id, kind, text, position)
select p.note_key, e.id, e.id, n.kind, n.text, 1
  from note_placement p
  join entry e on e.slug = p.entry_slug
  join editorial_note n on n.note_key = p.from_note_key;
insert into citation (source_id, quotation_id, locator, note_id)
select c.source_id, c.quotation_id, c.locator, placed.id
  from note_placement p
  join editorial_note placed on placed.note_key = p.note_key
  join editorial_note n on n.note_key = p.from_note_key
  join citation c on c.note_id = n.id;
insert into editorial_note_translation (note_id, language, text)
select placed.id, t.language, t.text
  from note_placement p
  join editorial_note placed on placed.note_key = p.note_key
  join editorial_note n on n.note_key = p.from_note_key
  join editorial_note_translation t on t.note_id = n.id;
drop table note_placement;

-- The pages of the entries that now show these notes changed.
update entry set last_changed = timestamp with time zone '2026-12-06 23:00:00+00:00'
 where id in (select entry_id from editorial_note where relation_id is not null or date_entry_id is not null)
    or id in (select r.object_id from relation r join editorial_note n on n.relation_id = r.id);
