-- Coordinates of the two places V38 left without: Brazil and the United States, seeded as
-- organizations and filed as places since (V12), for which ../shared/source/corroboration-more.md,
-- section 1, gives a value and its work. As in V38: each point is cited to the original work,
-- never to the copy it was read in, at the precision the work gives (a country's point).
--
-- Brazil: The World Factbook, "Brazil", Geography: geographic coordinates, 10 00 S, 55 00 W
-- (degrees and minutes converted), read in a copy of the page last updated on 28 February 2018.
-- The United States: English Wikipedia, "Geography of the United States", 38.000, -97.000 as
-- given (the 1999 Factbook, read only in a copy, gives the same point; the archive cites the
-- article it read the value in).

insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position,
                    accessed_before, language, last_changed)
values ('world-factbook-brazil', 'WEB_PAGE', 'Brazil', null, 'Central Intelligence Agency', 'The World Factbook', 'Central Intelligence Agency', '2018',
        'https://www.cia.gov/the-world-factbook/countries/brazil/',
        'The World Factbook''s page on Brazil; cited for the country''s geographic coordinates.', false,
        (select max(position) + 1 from source), date '2026-12-06', 'en', timestamp with time zone '2026-12-07 19:30:00+00:00');
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position,
                    accessed_before, language, last_changed)
values ('wikipedia-geography-of-the-united-states', 'ENCYCLOPEDIA_ARTICLE', 'Geography of the United States', null,
        'Wikipedia contributors', 'Wikipedia', 'Wikimedia Foundation', null,
        'https://en.wikipedia.org/wiki/Geography_of_the_United_States',
        'Encyclopedia article on the geography of the United States; cited for the point it gives for the country.', false,
        (select max(position) + 1 from source), date '2026-12-06', 'en', timestamp with time zone '2026-12-07 19:30:00+00:00');

insert into source_unknown (source_id, field, reason)
select id, 'ISSUED', 'NOT_SHOWN' from source where slug = 'wikipedia-geography-of-the-united-states';

insert into source_note (source_id, kind, text, position)
select id, 'CAPTURE', 'Read in a copy of the page, last updated on 28 February 2018, on another site; the record gives the Factbook''s own address.', 1
  from source where slug = 'world-factbook-brazil';
insert into source_note (source_id, kind, text, position)
select id, 'CAPTURE', 'Read in a copy of the article on another site; the record gives Wikipedia''s own address.', 1
  from source where slug = 'wikipedia-geography-of-the-united-states';

insert into source_translation (source_id, language, summary) select id, 'es',
       'Página de The World Factbook sobre Brasil; citada por las coordenadas geográficas del país.' from source where slug = 'world-factbook-brazil';
insert into source_translation (source_id, language, summary, author) select id, 'es',
       'Artículo de enciclopedia sobre la geografía de los Estados Unidos; citado por el punto que da para el país.', 'Colaboradores de Wikipedia'
  from source where slug = 'wikipedia-geography-of-the-united-states';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Leída en una copia de la página, actualizada por última vez el 28 de febrero de 2018, en otro sitio; el registro da la dirección propia de The World Factbook.'
  from source_note n join source s on s.id = n.source_id where s.slug = 'world-factbook-brazil' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Leído en una copia del artículo en otro sitio; el registro da la dirección propia de Wikipedia.'
  from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-geography-of-the-united-states' and n.position = 1;

insert into entry_coordinates (entry_id, latitude, longitude, precision_level, position)
select id, -10, -55, 'COUNTRY', 1 from entry where slug = 'brazil' and kind = 'PLACE';
insert into entry_coordinates (entry_id, latitude, longitude, precision_level, position)
select id, 38, -97, 'COUNTRY', 1 from entry where slug = 'united-states' and kind = 'PLACE';
insert into citation (source_id, locator, coordinates_id)
select s.id, 'Geography: geographic coordinates', p.id
  from source s, entry_coordinates p join entry e on e.id = p.entry_id
 where s.slug = 'world-factbook-brazil' and e.slug = 'brazil';
insert into citation (source_id, locator, coordinates_id)
select s.id, 'coordinates of the article', p.id
  from source s, entry_coordinates p join entry e on e.id = p.entry_id
 where s.slug = 'wikipedia-geography-of-the-united-states' and e.slug = 'united-states';
insert into citation_translation (citation_id, language, locator)
select c.id, 'es', case when s.slug = 'world-factbook-brazil' then 'Geografía: coordenadas geográficas' else 'coordenadas del artículo' end
  from citation c join source s on s.id = c.source_id
 where s.slug in ('world-factbook-brazil', 'wikipedia-geography-of-the-united-states') and c.coordinates_id is not null;

-- History: these rows belong to revision 1, the archive as its migrations seeded it (V28, V32, V38).
insert into source_aud (id, rev, revtype, slug, kind, title, subtitle, author, container, publisher, issued, url,
                        accessed, accessed_before, place, isbn, language, summary, quotable, position,
                        last_changed, version)
select id, 1, 0, slug, kind, title, subtitle, author, container, publisher, issued, url,
       accessed, accessed_before, place, isbn, language, summary, quotable, position, last_changed, version
  from source where slug in ('world-factbook-brazil', 'wikipedia-geography-of-the-united-states');
insert into source_translation_aud (rev, revtype, source_id, language, summary, author, container, place)
select 1, 0, t.source_id, t.language, t.summary, t.author, t.container, t.place
  from source_translation t join source s on s.id = t.source_id
 where s.slug in ('world-factbook-brazil', 'wikipedia-geography-of-the-united-states');
insert into source_unknown_aud (rev, revtype, source_id, field, reason)
select 1, 0, u.source_id, u.field, u.reason
  from source_unknown u join source s on s.id = u.source_id where s.slug = 'wikipedia-geography-of-the-united-states';
insert into source_note_aud (id, rev, revtype, source_id, kind, text, position)
select n.id, 1, 0, n.source_id, n.kind, n.text, n.position
  from source_note n join source s on s.id = n.source_id
 where s.slug in ('world-factbook-brazil', 'wikipedia-geography-of-the-united-states');
insert into source_note_translation_aud (rev, revtype, source_note_id, language, text)
select 1, 0, t.source_note_id, t.language, t.text
  from source_note_translation t join source_note n on n.id = t.source_note_id join source s on s.id = n.source_id
 where s.slug in ('world-factbook-brazil', 'wikipedia-geography-of-the-united-states');
insert into entry_coordinates_aud (id, rev, revtype, entry_id, latitude, longitude, precision_level, position)
select p.id, 1, 0, p.entry_id, p.latitude, p.longitude, p.precision_level, p.position
  from entry_coordinates p join entry e on e.id = p.entry_id where e.slug in ('brazil', 'united-states');
insert into citation_aud (id, rev, revtype, source_id, quotation_id, locator, name_id, date_entry_id,
                          statement_id, relation_id, note_id, identifier_id, coordinates_id)
select c.id, 1, 0, c.source_id, c.quotation_id, c.locator, c.name_id, c.date_entry_id,
       c.statement_id, c.relation_id, c.note_id, c.identifier_id, c.coordinates_id
  from citation c join entry_coordinates p on p.id = c.coordinates_id join entry e on e.id = p.entry_id
 where e.slug in ('brazil', 'united-states');
insert into citation_translation_aud (rev, revtype, citation_id, language, locator)
select 1, 0, t.citation_id, t.language, t.locator
  from citation_translation t join citation c on c.id = t.citation_id join entry_coordinates p on p.id = c.coordinates_id
  join entry e on e.id = p.entry_id
 where e.slug in ('brazil', 'united-states');
