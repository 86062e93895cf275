-- The archive's own prose writes a person's name as his headword. V12 made "Che Guevara" the
-- headword (the form other works use; Robert W. Jones Jr., "'Today a New Stage Begins': Che
-- Guevara in Bolivia", Veritas 4:4, 2008) and kept the article's "Ché Guevara" as a cited variant,
-- but the summaries and statements the archive wrote from the article kept the article's spelling,
-- so a page headed "Che Guevara" went on to say "Ché Guevara" in the archive's own words, in
-- English and in Spanish. Kind: a name not as the archive's headword rule gives it
-- (docs/editorial-policy.md, "Headwords"). Only the archive's prose changes: the article's
-- spelling stays in its quotations, in the cited variant and nickname, and in the editorial note
-- that says how each work spells the name. seed.HeadwordSpellingTest keeps it so.
-- Portable SQL (H2, PostgreSQL).

update entry set summary = replace(summary, 'Ché', 'Che')
 where slug in ('eln', 'bolivia', 'guevara-in-bolivia');
update entry_translation set summary = replace(summary, 'Ché', 'Che')
 where language = 'es' and entry_id in (select id from entry where slug in ('eln', 'bolivia', 'guevara-in-bolivia'));

update statement set text = replace(text, 'Ché', 'Che')
 where statement_key in ('eln-guevara', 'eln-credibility', 'bolivia-guevara', 'guevara-bolivia',
                         'guevara-credibility', 'campaign-eln');
update statement_translation set text = replace(text, 'Ché', 'Che')
 where language = 'es' and statement_id in (select id from statement where statement_key in ('eln-guevara',
       'eln-credibility', 'bolivia-guevara', 'guevara-bolivia', 'guevara-credibility', 'campaign-eln'));

-- The Spanish summary of Simple English Wikipedia's "Guerrilla of Ñancahuazú" (the archive's text).
update source_translation set summary = replace(summary, 'Ché', 'Che')
 where language = 'es' and source_id = (select id from source where slug = 'wikipedia-simple-guerrilla-of-nancahuazu');

update entry set last_changed = timestamp with time zone '2026-12-06 23:00:00+00:00'
 where slug in ('eln', 'bolivia', 'guevara-in-bolivia', 'che-guevara');
update source set last_changed = timestamp with time zone '2026-12-06 23:00:00+00:00'
 where slug = 'wikipedia-simple-guerrilla-of-nancahuazu';
