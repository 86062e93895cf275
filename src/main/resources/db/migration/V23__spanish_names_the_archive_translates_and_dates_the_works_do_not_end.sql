-- Issue 10, the last of it: the five headwords still English under Spanish, an event's headword
-- that said more than its corrected statement, a note V15 set beside a claim no work disputes,
-- and date words that called an end "unknown" where the works cited only do not give it.

-- 1. The archive's translations of names (NameKind.ARCHIVE_TRANSLATION). No work in the
-- archive's sources gives "Estados Unidos", "Brasil", "Sudamérica", "Cono Sur" or "cordillera de
-- los Andes" (corroboration.md and corroboration-more.md were searched for each), so under
-- Spanish the pages kept the English. Editorial decision of December 2026: a standard Spanish
-- form of a name that no cited work gives is the archive's own translation of the name the article
-- uses. It is an es name of the entry like any other, cited to the article's passage in which the
-- English name stands (with its quotation), and labelled on the page as the archive's translation,
-- apart from a translation a work gives. The forms are those Chilean schools use. "Sudamérica"
-- rather than "América del Sur": both are correct (RAE), Chilean usage says "Sudamérica", and the
-- archive's Spanish already does (the statement "Varios grupos de Sudamérica…", V14), so the
-- headword and the text agree. "cordillera de los Andes" keeps the common noun in lower case
-- (RAE); the headword capitalises its first letter, as "Reforma agraria" does. Sort keys are
-- written without accents, as V16's are.
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'united-states-spanish', id, 'ARCHIVE_TRANSLATION', 'Estados Unidos', 'es', (select coalesce(max(position), 0) + 1 from entry_name where entry_id = e.id) from entry e where slug = 'united-states';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'urban-war' and n.name_key = 'united-states-spanish';
update entry_translation set name = 'Estados Unidos', sort_key = 'estados unidos'
 where language = 'es' and entry_id = (select id from entry where slug = 'united-states');

insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'brazil-spanish', id, 'ARCHIVE_TRANSLATION', 'Brasil', 'es', (select coalesce(max(position), 0) + 1 from entry_name where entry_id = e.id) from entry e where slug = 'brazil';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'urban-war' and n.name_key = 'brazil-spanish';
update entry_translation set name = 'Brasil', sort_key = 'brasil'
 where language = 'es' and entry_id = (select id from entry where slug = 'brazil');

insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'south-america-spanish', id, 'ARCHIVE_TRANSLATION', 'Sudamérica', 'es', (select coalesce(max(position), 0) + 1 from entry_name where entry_id = e.id) from entry e where slug = 'south-america';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'tupamaros' and n.name_key = 'south-america-spanish';
update entry_translation set name = 'Sudamérica', sort_key = 'sudamerica'
 where language = 'es' and entry_id = (select id from entry where slug = 'south-america');

insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'southern-cone-spanish', id, 'ARCHIVE_TRANSLATION', 'Cono Sur', 'es', (select coalesce(max(position), 0) + 1 from entry_name where entry_id = e.id) from entry e where slug = 'southern-cone';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'jcr-poised' and n.name_key = 'southern-cone-spanish';
update entry_translation set name = 'Cono Sur', sort_key = 'cono sur'
 where language = 'es' and entry_id = (select id from entry where slug = 'southern-cone');

insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'andes-mountains-spanish', id, 'ARCHIVE_TRANSLATION', 'cordillera de los Andes', 'es', (select coalesce(max(position), 0) + 1 from entry_name where entry_id = e.id) from entry e where slug = 'andes-mountains';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'alliance-brainchild' and n.name_key = 'andes-mountains-spanish';
update entry_translation set name = 'Cordillera de los Andes', sort_key = 'cordillera de los andes'
 where language = 'es' and entry_id = (select id from entry where slug = 'andes-mountains');

-- 2. Kind: over-claim, left in a headword. Section "The MIR and Pinochet", paragraph 2: "Pinochet
-- began modifying the army to fight an urban war". V11 corrected the statements, summary and roles
-- from "reorganised" to "began modifying"; the headword still said "Reorganisation of the army for
-- urban war", a work done. It now names the process in the article's own word, as its Spanish title
-- (V16, "Modificación del Ejército para la guerra urbana") and its summary ("the modification …
-- that Pinochet began") do. The slug stays: addresses never change.
update entry set name = 'Modification of the army for urban war', sort_key = 'modification of the army for urban war'
 where slug = 'reorganisation-of-the-army';

-- 3. Kind: a note beside a claim no work disputes. V15 set a note beside every relation citing
-- the same passage as a statement with a disagreement note. Allende's statement on his reforms
-- cites the passage that also names the nationalization of copper, so the reforms' note ("land
-- reform did not begin with Allende… no taking over of education or health care") was set beside
-- the relation "Allende began the nationalization of copper". No work disputes that: corroboration-
-- more.md confirms it (Ley 17.450, 11 July 1971), and the copper entry's own statement of the
-- passage carries a note that other works add precision, not that they differ. The rule is now
-- read from what the notes say of each end (seed.SeedIntegrityTest): a relation carries a disputed
-- claim when it cites a passage that a statement of one end with a DISAGREEMENT note cites, unless
-- other works confirm what that passage says of the other end (its statement of the passage has a
-- PRECISION note and no DISAGREEMENT note); and a DISAGREEMENT note stands beside no other relation.
delete from editorial_note_translation where note_id = (select id from editorial_note where note_key = 'allende-copper-relation-note');
delete from citation where note_id = (select id from editorial_note where note_key = 'allende-copper-relation-note');
delete from editorial_note where note_key = 'allende-copper-relation-note';

-- 4. Date words. An interval's missing end (EDTF "1972-10/") read "(end unknown)", as if nobody
-- knew it; in the archive it means that the works cited for the date do not give it, and the words
-- now say so ("end not given in the works cited", "las obras citadas no dan el fin"). An open end
-- ("1965/..") is kept for what the source says goes on (the MIR "still exists today", disputed in
-- its note). Each date with a missing or open end, decided:

-- Miguel Enríquez as General Secretary, "../1974" ("until 1974"): an open start says the post had
-- no beginning. Kind: precision the source does not give. Section "Beginnings of the MIR",
-- paragraph 1: "served as the MIR's General Secretary until his death in 1974" gives the end only;
-- Spanish Wikipedia, "Miguel Enríquez" (corroboration.md), gives the start: General Secretary from
-- 1967. The relation takes that start, cited to it, with a note beside it naming the work.
update relation set date_edtf = '1967/1974', date_earliest = date '1967-01-01', date_latest = date '1974-12-31'
 where relation_key = 'enriquez-general-secretary';
insert into citation (source_id, locator, relation_id) select s.id, null, r.id from source s, relation r where s.slug = 'wikipedia-es-miguel-enriquez' and r.relation_key = 'enriquez-general-secretary';
insert into editorial_note (note_key, entry_id, relation_id, kind, text, position) select 'enriquez-general-secretary-relation-note', r.subject_id, r.id, 'PRECISION',
       'The article gives only the end of his time as General Secretary, his death in 1974. Spanish Wikipedia, “Miguel Enríquez”, records that he became General Secretary of the MIR in 1967, the start of the date shown.', 1
  from relation r where r.relation_key = 'enriquez-general-secretary';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-es-miguel-enriquez' and n.note_key = 'enriquez-general-secretary-relation-note';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El artículo da solo el fin de su período como secretario general, su muerte en 1974. Wikipedia en español, “Miguel Enríquez”, registra que llegó a ser secretario general del MIR en 1967, el inicio de la fecha que se muestra.'
  from editorial_note where note_key = 'enriquez-general-secretary-relation-note';

-- Carlos Prats as head of the armed forces, "../1973-09" ("until September 1973"): his command had
-- a start, which neither the article nor the work cited in the note beside it (read only in the
-- excerpt of corroboration.md) gives; the start is now missing ("/1973-09"), not open, and reads
-- "until September 1973 (start not given in the works cited)". The date is disputed and its note
-- stays.
update relation set date_edtf = '/1973-09' where relation_key = 'prats-heads-armed-forces';

-- The talks that led to the JCR, "1972-10/": the end is missing, and rightly so (the article says
-- only "as early as October 1972"; John Dinges dates their first meeting and the approval of a
-- formal alliance, not an end of the talks). The notes beside them said "The end of the talks is
-- shown as unknown"; they now say what the works do not give.
update editorial_note set text = replace(text, 'The end of the talks is shown as unknown.',
       'The article does not give the end of the talks, and neither of these works dates it, so the date shown has none.')
 where text like '%The end of the talks is shown as unknown.';
update editorial_note_translation set text = replace(text, 'El fin de las conversaciones se muestra como desconocido.',
       'El artículo no da el fin de las conversaciones y ninguna de estas obras lo fecha, por lo que la fecha que se muestra no lo tiene.')
 where language = 'es' and text like '%El fin de las conversaciones se muestra como desconocido.';

-- The pages these changes show on.
update entry set last_changed = timestamp with time zone '2026-12-06 23:30:00+00:00'
 where slug in ('united-states', 'brazil', 'south-america', 'southern-cone', 'andes-mountains',
                'reorganisation-of-the-army', 'salvador-allende', 'nationalization-of-copper-mining',
                'miguel-enriquez', 'mir', 'carlos-prats', 'chilean-armed-forces', 'alliance-talks',
                'eln', 'erp', 'tupamaros');
