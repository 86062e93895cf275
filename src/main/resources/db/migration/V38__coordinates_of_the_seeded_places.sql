-- Coordinates of the seeded places (issue 13, section 1), each from the work that gives it in
-- ../shared/source/corroboration-more.md, section 1, cited as that work (never the copy it was read
-- in) and never quoted. Decimal degrees, south and west negative: as the page prints them, or
-- converted from its degrees and minutes (the Factbook's "30 00 S, 71 00 W"). Places that section
-- gives no value for get none and are not drawn: South America, the Southern Cone, the poor and
-- working-class neighbourhoods of Santiago, and the MIR's facility in the Andes (Dinges places
-- training camps at Cajón del Maipo, which is not a cited location of the article's "facility").
-- Portable SQL (H2, PostgreSQL).

-- =============================================================================================
-- A. Works cited here for the first time, recorded as V12 and V25 record works
-- =============================================================================================
-- Three English Wikipedia articles: "Andes" (the range's nominal point), "Estadio Nacional Julio
-- Martínez Prádanos" (the stadium) and "Geography of Chile" (which gives Chile's centre one degree
-- east of the Factbook's). Read in stored copies for the same research notes as V12's works, so
-- read before 6 December 2026, the day V25 dates those (the day itself was not recorded).
--
-- The World Factbook: one work per country page, not one work with the country as locator. Each
-- country's page has its own title and address, and each was read in a different edition (Chile
-- 2024, Uruguay 2021, Cuba 2020, Argentina and Bolivia in copies that show no year), which one
-- record could not say; a reader following a footnote lands on the country's own page.
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position,
                    accessed_before, language, last_changed)
values ('wikipedia-andes', 'ENCYCLOPEDIA_ARTICLE', 'Andes', null, 'Wikipedia contributors', 'Wikipedia', 'Wikimedia Foundation', null,
        'https://en.wikipedia.org/wiki/Andes',
        'Encyclopedia article on the Andes; cited for the point that stands for the whole range.', false,
        (select max(position) + 1 from source), date '2026-12-06', 'en', timestamp with time zone '2026-12-07 18:00:00+00:00');
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position,
                    accessed_before, language, last_changed)
values ('wikipedia-estadio-nacional-julio-martinez-pradanos', 'ENCYCLOPEDIA_ARTICLE', 'Estadio Nacional Julio Martínez Prádanos', null,
        'Wikipedia contributors', 'Wikipedia', 'Wikimedia Foundation', null,
        'https://en.wikipedia.org/wiki/Estadio_Nacional_Julio_Mart%C3%ADnez_Pr%C3%A1danos',
        'Encyclopedia article on Chile''s National Stadium in Ñuñoa, Santiago; cited for where the stadium stands.', false,
        (select max(position) + 1 from source), date '2026-12-06', 'en', timestamp with time zone '2026-12-07 18:00:00+00:00');
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position,
                    accessed_before, language, last_changed)
values ('wikipedia-geography-of-chile', 'ENCYCLOPEDIA_ARTICLE', 'Geography of Chile', null, 'Wikipedia contributors', 'Wikipedia', 'Wikimedia Foundation', null,
        'https://en.wikipedia.org/wiki/Geography_of_Chile',
        'Encyclopedia article on the geography of Chile; cited for the point it gives for the country, which differs from The World Factbook''s.', false,
        (select max(position) + 1 from source), date '2026-12-06', 'en', timestamp with time zone '2026-12-07 18:00:00+00:00');
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position,
                    accessed_before, language, last_changed)
values ('world-factbook-chile', 'WEB_PAGE', 'Chile', null, 'Central Intelligence Agency', 'The World Factbook', 'Central Intelligence Agency', '2024',
        'https://www.cia.gov/the-world-factbook/countries/chile/',
        'The World Factbook''s page on Chile; cited for the country''s geographic coordinates.', false,
        (select max(position) + 1 from source), date '2026-12-06', 'en', timestamp with time zone '2026-12-07 18:00:00+00:00');
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position,
                    accessed_before, language, last_changed)
values ('world-factbook-argentina', 'WEB_PAGE', 'Argentina', null, 'Central Intelligence Agency', 'The World Factbook', 'Central Intelligence Agency', null,
        'https://www.cia.gov/the-world-factbook/countries/argentina/',
        'The World Factbook''s page on Argentina; cited for the country''s geographic coordinates.', false,
        (select max(position) + 1 from source), date '2026-12-06', 'en', timestamp with time zone '2026-12-07 18:00:00+00:00');
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position,
                    accessed_before, language, last_changed)
values ('world-factbook-uruguay', 'WEB_PAGE', 'Uruguay', null, 'Central Intelligence Agency', 'The World Factbook', 'Central Intelligence Agency', '2021',
        'https://www.cia.gov/the-world-factbook/countries/uruguay/',
        'The World Factbook''s page on Uruguay; cited for the country''s geographic coordinates.', false,
        (select max(position) + 1 from source), date '2026-12-06', 'en', timestamp with time zone '2026-12-07 18:00:00+00:00');
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position,
                    accessed_before, language, last_changed)
values ('world-factbook-bolivia', 'WEB_PAGE', 'Bolivia', null, 'Central Intelligence Agency', 'The World Factbook', 'Central Intelligence Agency', null,
        'https://www.cia.gov/the-world-factbook/countries/bolivia/',
        'The World Factbook''s page on Bolivia; cited for the country''s geographic coordinates.', false,
        (select max(position) + 1 from source), date '2026-12-06', 'en', timestamp with time zone '2026-12-07 18:00:00+00:00');
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position,
                    accessed_before, language, last_changed)
values ('world-factbook-cuba', 'WEB_PAGE', 'Cuba', null, 'Central Intelligence Agency', 'The World Factbook', 'Central Intelligence Agency', '2020',
        'https://www.cia.gov/the-world-factbook/countries/cuba/',
        'The World Factbook''s page on Cuba; cited for the country''s geographic coordinates.', false,
        (select max(position) + 1 from source), date '2026-12-06', 'en', timestamp with time zone '2026-12-07 18:00:00+00:00');

-- What is not known, field by field (V25): Wikipedia's pages showed no date of last edit; the
-- copies of the Factbook's pages on Argentina and Bolivia showed no edition year.
insert into source_unknown (source_id, field, reason)
select id, 'ISSUED', 'NOT_SHOWN' from source
 where slug in ('wikipedia-andes', 'wikipedia-estadio-nacional-julio-martinez-pradanos', 'wikipedia-geography-of-chile',
                'world-factbook-argentina', 'world-factbook-bolivia');

-- How each was read: in a copy on another site, which the record does not give.
insert into source_note (source_id, kind, text, position)
select id, 'CAPTURE', 'Read in copies of the article on other sites; the record gives Wikipedia''s own address.', 1
  from source where slug in ('wikipedia-andes', 'wikipedia-geography-of-chile');
insert into source_note (source_id, kind, text, position)
select id, 'CAPTURE', 'Read in an offline copy of English Wikipedia made in June 2025; the record gives Wikipedia''s own address.', 1
  from source where slug = 'wikipedia-estadio-nacional-julio-martinez-pradanos';
insert into source_note (source_id, kind, text, position)
select id, 'CAPTURE', 'Read in a copy of the ' || issued || ' edition on another site; the record gives the Factbook''s own address.', 1
  from source where slug in ('world-factbook-chile', 'world-factbook-uruguay', 'world-factbook-cuba');
insert into source_note (source_id, kind, text, position)
select id, 'CAPTURE', 'Read in copies on other sites that showed no edition year; the record gives the Factbook''s own address.', 1
  from source where slug in ('world-factbook-argentina', 'world-factbook-bolivia');

-- Their Spanish (V14, V25): summaries, notes, and Wikipedia's corporate author.
insert into source_translation (source_id, language, summary, author) select id, 'es',
       'Artículo de enciclopedia sobre los Andes; citado por el punto que representa a toda la cordillera.', 'Colaboradores de Wikipedia'
  from source where slug = 'wikipedia-andes';
insert into source_translation (source_id, language, summary, author) select id, 'es',
       'Artículo de enciclopedia sobre el Estadio Nacional de Chile, en Ñuñoa, Santiago; citado por el lugar donde está el estadio.', 'Colaboradores de Wikipedia'
  from source where slug = 'wikipedia-estadio-nacional-julio-martinez-pradanos';
insert into source_translation (source_id, language, summary, author) select id, 'es',
       'Artículo de enciclopedia sobre la geografía de Chile; citado por el punto que da para el país, distinto del de The World Factbook.', 'Colaboradores de Wikipedia'
  from source where slug = 'wikipedia-geography-of-chile';
insert into source_translation (source_id, language, summary) select id, 'es',
       'Página de The World Factbook sobre Chile; citada por las coordenadas geográficas del país.' from source where slug = 'world-factbook-chile';
insert into source_translation (source_id, language, summary) select id, 'es',
       'Página de The World Factbook sobre Argentina; citada por las coordenadas geográficas del país.' from source where slug = 'world-factbook-argentina';
insert into source_translation (source_id, language, summary) select id, 'es',
       'Página de The World Factbook sobre Uruguay; citada por las coordenadas geográficas del país.' from source where slug = 'world-factbook-uruguay';
insert into source_translation (source_id, language, summary) select id, 'es',
       'Página de The World Factbook sobre Bolivia; citada por las coordenadas geográficas del país.' from source where slug = 'world-factbook-bolivia';
insert into source_translation (source_id, language, summary) select id, 'es',
       'Página de The World Factbook sobre Cuba; citada por las coordenadas geográficas del país.' from source where slug = 'world-factbook-cuba';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Leído en copias del artículo en otros sitios; el registro da la dirección propia de Wikipedia.'
  from source_note n join source s on s.id = n.source_id where s.slug in ('wikipedia-andes', 'wikipedia-geography-of-chile') and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Leído en una copia sin conexión de Wikipedia en inglés hecha en junio de 2025; el registro da la dirección propia de Wikipedia.'
  from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-estadio-nacional-julio-martinez-pradanos' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Leída en una copia de la edición de ' || s.issued || ' en otro sitio; el registro da la dirección propia de The World Factbook.'
  from source_note n join source s on s.id = n.source_id where s.slug in ('world-factbook-chile', 'world-factbook-uruguay', 'world-factbook-cuba') and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Leída en copias en otros sitios que no mostraban el año de la edición; el registro da la dirección propia de The World Factbook.'
  from source_note n join source s on s.id = n.source_id where s.slug in ('world-factbook-argentina', 'world-factbook-bolivia') and n.position = 1;

-- =============================================================================================
-- B. The coordinates, one point per place
-- =============================================================================================
-- Santiago: English Wikipedia, "Santiago", infobox, as given; the city's centre.
-- Buenos Aires: Simple English Wikipedia, "Buenos Aires", as given (34°36′12″S 58°22′54″W).
-- La Moneda: German Wikipedia, "La Moneda", as given (-33.443027777778, -70.653861111111, to six places).
-- The National Stadium: English Wikipedia, "Estadio Nacional Julio Martínez Prádanos", as given.
-- The Andes: English Wikipedia, "Andes", infobox range coordinates, 32° S 70° W: a nominal point.
-- Chile, Argentina, Uruguay, Bolivia, Cuba: The World Factbook, "Geography: geographic
-- coordinates", degrees and minutes converted (Cuba's 21 30 N is 21.5).
create table coordinates_seed (
    entry_slug   varchar(160) not null,
    latitude     numeric(9, 6) not null,
    longitude    numeric(9, 6) not null,
    precision_level varchar(20) not null,
    source_slug  varchar(160) not null,
    locator      varchar(200) not null,
    locator_es   varchar(200) not null
);
insert into coordinates_seed values
    ('santiago', -33.43750, -70.65000, 'CITY', 'wikipedia-santiago', 'infobox', 'ficha'),
    ('buenos-aires', -34.60333, -58.38167, 'CITY', 'wikipedia-simple-buenos-aires', 'coordinates of the article', 'coordenadas del artículo'),
    ('presidential-palace', -33.443028, -70.653861, 'BUILDING', 'wikipedia-de-la-moneda', 'coordinates of the article', 'coordenadas del artículo'),
    ('national-stadium', -33.46444, -70.61056, 'BUILDING', 'wikipedia-estadio-nacional-julio-martinez-pradanos', 'coordinates of the article', 'coordenadas del artículo'),
    ('andes-mountains', -32, -70, 'REGION', 'wikipedia-andes', 'infobox: coordinates of the range', 'ficha: coordenadas de la cordillera'),
    ('chile', -30, -71, 'COUNTRY', 'world-factbook-chile', 'Geography: geographic coordinates', 'Geografía: coordenadas geográficas'),
    ('argentina', -34, -64, 'COUNTRY', 'world-factbook-argentina', 'Geography: geographic coordinates', 'Geografía: coordenadas geográficas'),
    ('uruguay', -33, -56, 'COUNTRY', 'world-factbook-uruguay', 'Geography: geographic coordinates', 'Geografía: coordenadas geográficas'),
    ('bolivia', -17, -65, 'COUNTRY', 'world-factbook-bolivia', 'Geography: geographic coordinates', 'Geografía: coordenadas geográficas'),
    ('cuba', 21.5, -80, 'COUNTRY', 'world-factbook-cuba', 'Geography: geographic coordinates', 'Geografía: coordenadas geográficas');

insert into entry_coordinates (entry_id, latitude, longitude, precision_level, position)
select e.id, c.latitude, c.longitude, c.precision_level, 1
  from coordinates_seed c join entry e on e.slug = c.entry_slug and e.kind = 'PLACE';
insert into citation (source_id, locator, coordinates_id)
select s.id, c.locator, p.id
  from coordinates_seed c join entry e on e.slug = c.entry_slug and e.kind = 'PLACE'
  join entry_coordinates p on p.entry_id = e.id join source s on s.slug = c.source_slug;
insert into citation_translation (citation_id, language, locator)
select ct.id, 'es', c.locator_es
  from citation ct join entry_coordinates p on p.id = ct.coordinates_id join entry e on e.id = p.entry_id
  join coordinates_seed c on c.entry_slug = e.slug;
drop table coordinates_seed;

-- =============================================================================================
-- C. Where works disagree, a note beside the coordinates names the other (V15's notes)
-- =============================================================================================
-- Santiago: other versions of the same article differ slightly (the revision of 22 July 2009,
-- and an older copy). The notes' citations give no locator, as V11's do: the note names the
-- versions, and the point's own citation gives where the page prints it.
insert into editorial_note (note_key, entry_id, coordinates_id, kind, text, position)
select 'santiago-coordinates-note', e.id, p.id, 'DISAGREEMENT',
       'Other versions of English Wikipedia''s article give slightly different coordinates for the city''s centre: its revision of 22 July 2009 gives 33.43783° S, 70.65033° W, and an older version 33.450° S, 70.667° W. The archive gives those of the version it read.', 1
  from entry e join entry_coordinates p on p.entry_id = e.id where e.slug = 'santiago' and e.kind = 'PLACE';
insert into citation (source_id, locator, note_id) select s.id, null, n.id
  from source s, editorial_note n where s.slug = 'wikipedia-santiago' and n.note_key = 'santiago-coordinates-note';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Otras versiones del artículo de Wikipedia en inglés dan coordenadas algo distintas para el centro de la ciudad: su revisión del 22 de julio de 2009 da 33,43783° S, 70,65033° O, y una versión anterior, 33,450° S, 70,667° O. El archivo da las de la versión que leyó.'
  from editorial_note where note_key = 'santiago-coordinates-note';

-- Chile: English Wikipedia's "Geography of Chile" gives 30° S 70° W, the Factbook 30° S 71° W.
insert into editorial_note (note_key, entry_id, coordinates_id, kind, text, position)
select 'chile-coordinates-note', e.id, p.id, 'DISAGREEMENT',
       'English Wikipedia, “Geography of Chile”, gives 30° S, 70° W for the country, one degree of longitude east of the point The World Factbook gives.', 1
  from entry e join entry_coordinates p on p.entry_id = e.id where e.slug = 'chile' and e.kind = 'PLACE';
insert into citation (source_id, locator, note_id) select s.id, null, n.id
  from source s, editorial_note n where s.slug = 'wikipedia-geography-of-chile' and n.note_key = 'chile-coordinates-note';
insert into citation (source_id, locator, note_id) select s.id, null, n.id
  from source s, editorial_note n where s.slug = 'world-factbook-chile' and n.note_key = 'chile-coordinates-note';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en inglés, “Geography of Chile”, da 30° S, 70° O para el país, un grado de longitud al este del punto que da The World Factbook.'
  from editorial_note where note_key = 'chile-coordinates-note';

-- =============================================================================================
-- D. History: these rows belong to revision 1, the archive as its migrations seeded it (V28, V32)
-- =============================================================================================
insert into source_aud (id, rev, revtype, slug, kind, title, subtitle, author, container, publisher, issued, url,
                        accessed, accessed_before, place, isbn, language, summary, quotable, position,
                        last_changed, version)
select id, 1, 0, slug, kind, title, subtitle, author, container, publisher, issued, url,
       accessed, accessed_before, place, isbn, language, summary, quotable, position, last_changed, version
  from source where last_changed = timestamp with time zone '2026-12-07 18:00:00+00:00';
insert into source_translation_aud (rev, revtype, source_id, language, summary, author, container, place)
select 1, 0, t.source_id, t.language, t.summary, t.author, t.container, t.place
  from source_translation t join source s on s.id = t.source_id where s.last_changed = timestamp with time zone '2026-12-07 18:00:00+00:00';
insert into source_unknown_aud (rev, revtype, source_id, field, reason)
select 1, 0, u.source_id, u.field, u.reason
  from source_unknown u join source s on s.id = u.source_id where s.last_changed = timestamp with time zone '2026-12-07 18:00:00+00:00';
insert into source_note_aud (id, rev, revtype, source_id, kind, text, position)
select n.id, 1, 0, n.source_id, n.kind, n.text, n.position
  from source_note n join source s on s.id = n.source_id where s.last_changed = timestamp with time zone '2026-12-07 18:00:00+00:00';
insert into source_note_translation_aud (rev, revtype, source_note_id, language, text)
select 1, 0, t.source_note_id, t.language, t.text
  from source_note_translation t join source_note n on n.id = t.source_note_id join source s on s.id = n.source_id
 where s.last_changed = timestamp with time zone '2026-12-07 18:00:00+00:00';

insert into entry_coordinates_aud (id, rev, revtype, entry_id, latitude, longitude, precision_level, position)
select id, 1, 0, entry_id, latitude, longitude, precision_level, position from entry_coordinates;
insert into editorial_note_aud (id, rev, revtype, note_key, entry_id, statement_id, relation_id, date_entry_id,
                                kind, text, position, coordinates_id)
select id, 1, 0, note_key, entry_id, statement_id, relation_id, date_entry_id, kind, text, position, coordinates_id
  from editorial_note where coordinates_id is not null;
insert into editorial_note_translation_aud (rev, revtype, note_id, language, text)
select 1, 0, t.note_id, t.language, t.text
  from editorial_note_translation t join editorial_note n on n.id = t.note_id where n.coordinates_id is not null;
insert into citation_aud (id, rev, revtype, source_id, quotation_id, locator, name_id, date_entry_id,
                          statement_id, relation_id, note_id, identifier_id, coordinates_id)
select c.id, 1, 0, c.source_id, c.quotation_id, c.locator, c.name_id, c.date_entry_id,
       c.statement_id, c.relation_id, c.note_id, c.identifier_id, c.coordinates_id
  from citation c left join editorial_note n on n.id = c.note_id
 where c.coordinates_id is not null or n.coordinates_id is not null;
insert into citation_translation_aud (rev, revtype, citation_id, language, locator)
select 1, 0, t.citation_id, t.language, t.locator
  from citation_translation t join citation c on c.id = t.citation_id left join editorial_note n on n.id = c.note_id
 where c.coordinates_id is not null or n.coordinates_id is not null;
