-- Works as entries (issue 10, section 2): "entries for everything the article names that has none
-- yet (... the MIR's mission statement as a work)". V12 left the mission statement without an entry
-- because the archive had no kind of entry for a document; WORK is that kind (entry.EntryKind,
-- pages under /works). A work here is a document or text the history concerns, an entry like a
-- person or an event: it is not one of the works the archive cites, which are its sources
-- (/sources, the source table), and nothing here changes them.
--
-- The article names the mission statement once (section [The MIR under repression], paragraph 1):
-- "one such leader was Marcello Ferrada-Noli, one of the founders of the MIR and writer of its
-- mission statement". No other work the archive cites names it, and the archive has not seen it:
-- its title, date and text are not known, so the entry has no date and its headword is the archive's
-- own description (headword_coined, V17), translated like a summary.
--
-- New relation kinds (docs/data-model.md): AUTHOR_OF (a person or organization wrote a work) and
-- DOCUMENT_OF (a work is an organization's or person's own document). New kind of editorial note:
-- LIMITATION, what the archive does not know, citing the work it knows the thing from.

-- The MIR's mission statement (work) --------------------------------------------------------
-- Its position is the one before the imprisonment of Marcello Ferrada-Noli (510), which the
-- article tells in the same sentence, right after naming the mission statement.
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position,
                   last_changed, headword_coined)
select 'WORK', 'mir-mission-statement', 'The MIR''s mission statement', 'mir''s mission statement',
       'The mission statement of the MIR, written, according to the article, by Marcello Ferrada-Noli, one of its founders.',
       null, null, null, false, position - 1, timestamp with time zone '2026-12-06 23:30:00+00:00', true
  from entry where slug = 'imprisonment-of-marcello-ferrada-noli';
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es',
       'La declaración de misión del MIR', 'declaracion de mision del mir',
       'La declaración de misión del MIR, redactada, según el artículo, por Marcello Ferrada-Noli, uno de sus fundadores.'
  from entry where slug = 'mir-mission-statement';

insert into statement (statement_key, entry_id, text, position) select 'mission-statement-writer', id,
       'According to the article, Marcello Ferrada-Noli, one of the founders of the MIR, wrote its mission statement.', 1
  from entry where slug = 'mir-mission-statement';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s
 where q.quote_key = 'ferrada-noli-founder' and s.statement_key = 'mission-statement-writer';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, Marcello Ferrada-Noli, uno de los fundadores del MIR, redactó su declaración de misión.'
  from statement where statement_key = 'mission-statement-writer';

-- What the archive does not know, beside the statement. It cites the article: the note is about
-- what the article alone says (docs/editorial-policy.md, editorial notes).
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'mission-statement-unseen-note', entry_id, id, 'LIMITATION',
       'The archive has not seen the mission statement. It knows it only from the article “Chile''s MIR: The Revolutionary Left Movement”, the only work the archive cites that names it; the article names it once and gives neither its title, nor its date, nor its text.', 1
  from statement where statement_key = 'mission-statement-writer';
insert into citation (source_id, quotation_id, note_id) select q.source_id, q.id, n.id from quotation q, editorial_note n
 where q.quote_key = 'ferrada-noli-founder' and n.note_key = 'mission-statement-unseen-note';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El archivo no ha visto la declaración de misión. La conoce solo por el artículo “Chile''s MIR: The Revolutionary Left Movement”, la única obra citada por el archivo que la nombra; el artículo la nombra una sola vez y no da su título, ni su fecha, ni su texto.'
  from editorial_note where note_key = 'mission-statement-unseen-note';

-- AUTHOR_OF: "Marcello Ferrada-Noli, ... writer of its mission statement".
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'ferrada-noli-writes-mission-statement', 'AUTHOR_OF', s.id, o.id, 'writer', null, null, null, null, 170
  from entry s, entry o where s.slug = 'marcello-ferrada-noli' and o.slug = 'mir-mission-statement';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r
 where q.quote_key = 'ferrada-noli-founder' and r.relation_key = 'ferrada-noli-writes-mission-statement';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'autor', null
  from relation where relation_key = 'ferrada-noli-writes-mission-statement';

-- DOCUMENT_OF: "its mission statement", the MIR's. No role: the work's headword says which.
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'mission-statement-of-the-mir', 'DOCUMENT_OF', s.id, o.id, null, null, null, null, null, 171
  from entry s, entry o where s.slug = 'mir-mission-statement' and o.slug = 'mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r
 where q.quote_key = 'ferrada-noli-founder' and r.relation_key = 'mission-statement-of-the-mir';

-- The pages at the relations' other ends now list the work (and two of them change their Spanish,
-- below); the article's page lists the entries that cite it.
update entry set last_changed = timestamp with time zone '2026-12-06 23:30:00+00:00'
 where slug in ('marcello-ferrada-noli', 'mir', 'founding-of-the-mir');
update source set last_changed = timestamp with time zone '2026-12-06 23:30:00+00:00'
 where slug = 'chiles-mir-the-revolutionary-left-movement';

-- Correction: the Spanish said "declaración de principios" for the article's "mission statement"
-- (V14). That is another term, not a rendering of the article's words, and no work the archive
-- cites gives it; the Spanish now says what the English says, "declaración de misión", as the
-- work's Spanish headword does, so that every page names the work alike. Changed: Marcello
-- Ferrada-Noli's summary and statement, the founding's statement, and the archive's rendering of
-- the quotation.
update entry_translation
   set summary = 'Uno de los fundadores del MIR y autor de su declaración de misión; encarcelado tras el golpe de Estado de 1973 y luego exiliado.'
 where language = 'es' and entry_id = (select id from entry where slug = 'marcello-ferrada-noli');
update statement_translation
   set text = 'Marcello Ferrada-Noli fue uno de los fundadores del MIR y redactó su declaración de misión.'
 where language = 'es' and statement_id = (select id from statement where statement_key = 'ferrada-noli-founder');
update statement_translation
   set text = 'Marcello Ferrada-Noli fue uno de los fundadores y redactó la declaración de misión del MIR.'
 where language = 'es' and statement_id = (select id from statement where statement_key = 'founding-ferrada-noli');
update quotation_translation
   set text = 'uno de esos dirigentes fue Marcello Ferrada-Noli, uno de los fundadores del MIR y autor de su declaración de misión'
 where language = 'es' and quotation_id = (select id from quotation where quote_key = 'ferrada-noli-founder');
