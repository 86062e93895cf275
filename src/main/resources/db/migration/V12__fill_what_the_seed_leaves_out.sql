-- What the seed leaves out (issue 10, section 2): entries for what the article names and the
-- seed has none for, the connections the article gives each entry, places within places, the
-- headwords readers look for first, and one kind of entry for every state.
--
-- The article was read sentence by sentence for every person, organization, event, place and
-- document it names. Added here, each with the passage that supports it:
--   section "Beginnings of the MIR", paragraph 1: the leftist student groups that founded the MIR,
--     the trade unions and Santiago's poor and working-class neighbourhoods where it found
--     support, Cuba (through "the Cuban Revolution");
--   section "The MIR and Allende", paragraph 1: the reforms Allende began, one entry each: the
--     nationalization of copper mining, the takeover of education, the takeover of health care,
--     the land reform plan;
--   section [The alliance of revolutionary groups (JCR)], paragraphs 2 and 3: the MIR's facility
--     deep in the Andes Mountains, the Southern Cone dictatorships, the ERP's political kidnappings.
-- Named by the article and deliberately left without an entry of their own: offices (President of
-- Chile, General Secretary), the unnamed "clandestine weapons facility" (the article does not say
-- where it was, and no other work confirms it), safe houses and arms dumps (no single place), and
-- the MIR's mission statement, a document: the archive's kinds of entry are people,
-- organizations, events and places, and a kind for documents is a change of its own.
--
-- New relation kinds (docs/data-model.md): LOCATED_IN (a place within a place), SUPPORTER_OF,
-- OPPONENT_OF. A place is within another only where a source says so; countries and the regions
-- that span them (South America, the Southern Cone, the Andes Mountains) are within none.
--
-- Headwords (docs/editorial-policy.md): Ché Guevara becomes Che Guevara, the form other works
-- use, with the article's "Ché Guevara" kept as a cited variant; the presidential palace becomes
-- La Moneda, with "presidential palace" kept as the article's form. Slugs do not change.
--
-- Kinds: the United States and Brazil were filed as organizations while every other state
-- (Chile, Argentina, Uruguay, Bolivia) is a place; they are places now, like the rest. Their old
-- addresses (/organizations/…) redirect to the new ones (EntryController).
--
-- Works cited here for the first time were read only in excerpts (../shared/source/
-- corroboration-more.md): they are cited, never quoted, under their original addresses.

-- Positions: entries keep the order in which the article first names them (undated events are
-- listed in it, and the download). To make room for the new entries without two sharing a
-- position, every position is multiplied by ten; a new entry takes the next number after the
-- entry the article names just before it (the student groups, 81, follow the founding, 80).
update entry set position = position * 10;

-- Works -----------------------------------------------------------------------------------
-- Works cited here for the first time, recorded as V11 records works (author, publisher or site,
-- date, the page's own address, and when it was read, or that the day was not recorded). Each was
-- read in a stored copy for corroboration-more.md: section 2 ("Che Guevara in Bolivia"; "Land
-- reform"), section 1 (coordinates of La Moneda, Santiago and Buenos Aires) and section 4 (the
-- Spanish terms for the presidential palace and for poor neighbourhoods). The works V11 added for
-- Allende's reforms (English Wikipedia on land reform, Memoria Chilena on the ENU, Ley 10.383) are
-- cited again below.
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('jones-che-guevara-in-bolivia', 'ARTICLE', '''Today a New Stage Begins'': Che Guevara in Bolivia', null, 'Robert W. Jones Jr.',
        'Veritas', 'ARSOF History', '2008',
        'https://arsof-history.org/articles/v4n4_new_stage_begins_page_1.html',
        'Article on Che Guevara''s guerrilla campaign in Bolivia; cited for the form of his name.', false, 23);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('wikipedia-de-la-moneda', 'ENCYCLOPEDIA_ARTICLE', 'La Moneda', null, 'Wikipedia contributors', 'Wikipedia (German)', 'Wikimedia Foundation', null,
        'https://de.wikipedia.org/wiki/La_Moneda',
        'German-language encyclopedia article on the Palacio de La Moneda; cited for its name and for its place in Santiago.', false, 24);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('wikipedia-santiago', 'ENCYCLOPEDIA_ARTICLE', 'Santiago', null, 'Wikipedia contributors', 'Wikipedia (English)', 'Wikimedia Foundation', null,
        'https://en.wikipedia.org/wiki/Santiago',
        'Encyclopedia article on Santiago; cited for the city''s place in Chile.', false, 25);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('wikipedia-simple-buenos-aires', 'ENCYCLOPEDIA_ARTICLE', 'Buenos Aires', null, 'Wikipedia contributors', 'Wikipedia (Simple English)', 'Wikimedia Foundation', null,
        'https://simple.wikipedia.org/wiki/Buenos_Aires',
        'Encyclopedia article on Buenos Aires; cited for the city''s place in Argentina.', false, 26);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('wikipedia-es-poblacion-callampa', 'ENCYCLOPEDIA_ARTICLE', 'Población callampa', null, 'Wikipedia contributors', 'Wikipedia (Spanish)', 'Wikimedia Foundation', null,
        'https://es.wikipedia.org/wiki/Poblaci%C3%B3n_callampa',
        'Spanish-language encyclopedia article on the informal settlements of Chilean cities; cited for the Spanish name of poor neighbourhoods.', false, 27);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('surmaule-promulgacion-ley-16640', 'WEB_PAGE', 'Promulgación de la ley 16.640 de Reforma Agraria', null, null, 'surmaule.cl', null, null,
        'http://surmaule.cl/memoriayolvido/julio-de-1967-promulgacion-de-la-ley-16-640-de-reforma-agraria/',
        'Page on the enactment of Chile''s Agrarian Reform Law in July 1967; cited for the Spanish name of the land reform.', false, 28);
insert into source_note (source_id, kind, text, position)
select id, 'PART', 'Veritas, volume 4, number 4, published on the ARSOF History site.', 1 from source where slug = 'jones-che-guevara-in-bolivia';
insert into source_note (source_id, kind, text, position)
select id, 'DATE', 'Published in 2008; no day is recorded. Accessed: the day was not recorded; the page was read, in a stored copy, before the review of December 2026.', 2 from source where slug = 'jones-che-guevara-in-bolivia';
insert into source_note (source_id, kind, text, position)
select id, 'DATE', 'The copy read showed no date of last edit. Accessed: the day was not recorded; the page was read, in a stored copy, for the archive''s research notes before the review of December 2026.', 1
  from source where slug in ('wikipedia-de-la-moneda', 'wikipedia-santiago', 'wikipedia-simple-buenos-aires', 'wikipedia-es-poblacion-callampa');
insert into source_note (source_id, kind, text, position)
select id, 'AUTHOR', 'No author is named in the archive''s notes.', 1 from source where slug = 'surmaule-promulgacion-ley-16640';
insert into source_note (source_id, kind, text, position)
select id, 'DATE', 'No date is recorded for the page. Accessed: the day was not recorded; it was read before the review of December 2026.', 2 from source where slug = 'surmaule-promulgacion-ley-16640';
insert into source_note (source_id, kind, text, position)
select id, 'CAPTURE', 'The site''s publisher is not recorded in the archive''s notes; the record gives the site''s name.', 3 from source where slug = 'surmaule-promulgacion-ley-16640';

-- Kinds: every state is a place ---------------------------------------------------------
-- The United States and Brazil, "nations" in the article (section "The MIR and Pinochet",
-- paragraph 2), were organizations while Chile, Argentina, Uruguay and Bolivia are places.
-- Their summaries and statements also said "reorganising", which V11 corrected elsewhere
-- ("Pinochet began modifying the army", over-claim) but not here: they now say it as V11 does.
update entry
   set kind = 'PLACE',
       summary = 'Country whose help, according to the article, Pinochet enlisted as he began modifying the Chilean army to fight an urban war.',
       last_changed = timestamp with time zone '2026-12-06 22:00:00+00:00'
 where slug in ('united-states', 'brazil');
update statement set text = 'According to the article, Pinochet enlisted the help of nations such as the United States as he began modifying the army to fight an urban war.'
 where statement_key = 'usa-help';
update statement set text = 'According to the article, Pinochet enlisted the help of nations such as Brazil as he began modifying the army to fight an urban war.'
 where statement_key = 'brazil-help';

-- Headwords -------------------------------------------------------------------------------
-- Che Guevara: the form other works use (Jones, "Today a New Stage Begins": Che Guevara in
-- Bolivia), cited by the note below; "Ché Guevara" is kept as the article's spelling.
update entry
   set name = 'Che Guevara',
       last_changed = timestamp with time zone '2026-12-06 22:00:00+00:00'
 where slug = 'che-guevara';
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'guevara-article-spelling', id, 'VARIANT', 'Ché Guevara', 'en', 2 from entry where slug = 'che-guevara';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'eln' and n.name_key = 'guevara-article-spelling';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'guevara-name-note', entry_id, id, 'PRECISION',
       'The article spells his name "Ché Guevara". Robert W. Jones Jr., in Veritas (2008), writes it Che Guevara, without the accent, the form used here as the headword.', 1 from statement where statement_key = 'guevara-bolivia';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'jones-che-guevara-in-bolivia' and n.note_key = 'guevara-name-note';
-- The event named after him takes the same headword (slug unchanged).
update entry
   set name = 'Che Guevara''s fighting in Bolivia',
       last_changed = timestamp with time zone '2026-12-06 22:00:00+00:00'
 where slug = 'guevara-in-bolivia';

-- La Moneda: the article says only "the presidential palace" (section "The MIR and Allende",
-- paragraph 3); other works name it Palacio de La Moneda, usually La Moneda, in Santiago.
update entry
   set name = 'La Moneda',
       sort_key = 'moneda la',
       summary = 'The presidential palace in Santiago, where Salvador Allende died during the coup of 11 September 1973.',
       last_changed = timestamp with time zone '2026-12-06 22:00:00+00:00'
 where slug = 'presidential-palace';
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'moneda-article', id, 'VARIANT', 'presidential palace', 'en', 1 from entry where slug = 'presidential-palace';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'coup' and n.name_key = 'moneda-article';
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'moneda-palacio', id, 'ORIGINAL', 'Palacio de La Moneda', 'es', 2 from entry where slug = 'presidential-palace';
insert into citation (source_id, locator, name_id) select s.id, null, n.id from source s, entry_name n where s.slug = 'wikipedia-de-la-moneda' and n.name_key = 'moneda-palacio';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'moneda-name-note', entry_id, id, 'PRECISION',
       'The article speaks only of "the presidential palace". German Wikipedia, “La Moneda”, names it the Palacio de La Moneda, usually called La Moneda, the seat of the government of Chile in Santiago; the archive uses that name as the headword.', 1 from statement where statement_key = 'palace-allende';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-de-la-moneda' and n.note_key = 'moneda-name-note';

-- The National Stadium keeps its headword, which the existing note cites to other works; its
-- name in Chile is added, cited to the same work.
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'stadium-estadio-nacional', id, 'ORIGINAL', 'Estadio Nacional', 'es', 2 from entry where slug = 'national-stadium';
insert into citation (source_id, locator, name_id) select s.id, null, n.id from source s, entry_name n where s.slug = 'wikipedia-es-estadio-nacional-centro-de-detencion' and n.name_key = 'stadium-estadio-nacional';

-- Names other works give, cited to them (until now they were given only in notes).
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'santucho-full-name', id, 'VARIANT', 'Mario Roberto Santucho', null, 1 from entry where slug = 'mario-santucho';
insert into citation (source_id, locator, name_id) select s.id, null, n.id from source s, entry_name n where s.slug = 'wikipedia-mario-roberto-santucho' and n.name_key = 'santucho-full-name';
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'ferrada-de-noli', id, 'VARIANT', 'Marcello Ferrada de Noli', null, 1 from entry where slug = 'marcello-ferrada-noli';
insert into citation (source_id, locator, name_id) select s.id, null, n.id from source s, entry_name n where s.slug = 'wikipedia-marcello-ferrada-de-noli' and n.name_key = 'ferrada-de-noli';

-- Leftist student groups (organization) ---------------------------------------------------
-- "The MIR was founded in 1965 by a union of leftist student groups, primarily in Santiago."
-- (section "Beginnings of the MIR", paragraph 1). Other works differ on where they came from.
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position, last_changed)
values ('ORGANIZATION', 'leftist-student-groups', 'Leftist student groups', 'leftist student groups',
        'The student groups whose union, according to the article, founded the MIR in 1965.',
        null, null, null, false, 81, timestamp with time zone '2026-12-06 22:00:00+00:00');
insert into statement (statement_key, entry_id, text, position) select 'student-groups-founded-mir', id,
       'According to the article, the MIR was founded in 1965 by a union of leftist student groups, primarily in Santiago.', 1 from entry where slug = 'leftist-student-groups';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-founded' and s.statement_key = 'student-groups-founded-mir';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'student-groups-origin-note', entry_id, id, 'DISAGREEMENT',
       'Spanish Wikipedia, “Movimiento de Izquierda Revolucionaria (Chile)”, and English Wikipedia, “Revolutionary Left Movement (Chile)”, place the founding congress in Santiago on 14–15 August 1965, but trace the core of the MIR to students at the University of Concepción rather than Santiago, joined by trade unionists such as Clotario Blest and by Trotskyist groups.', 1 from statement where statement_key = 'student-groups-founded-mir';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-es-movimiento-de-izquierda-revolucionaria-chile' and n.note_key = 'student-groups-origin-note';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-revolutionary-left-movement-chile' and n.note_key = 'student-groups-origin-note';
insert into statement (statement_key, entry_id, text, position) select 'student-groups-cuba', id,
       'The founders took their inspiration from the Cuban Revolution, which they hoped to repeat in Chile.', 2 from entry where slug = 'leftist-student-groups';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'cuban-inspiration' and s.statement_key = 'student-groups-cuba';

-- Cuba (place) ----------------------------------------------------------------------------
-- Named through "the Cuban Revolution" (section "Beginnings of the MIR", paragraph 1, and
-- section [The alliance of revolutionary groups (JCR)], paragraph 1).
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position, last_changed)
values ('PLACE', 'cuba', 'Cuba', 'cuba',
        'Country of the Cuban Revolution, from which the MIR''s founders took their inspiration.',
        null, null, null, false, 101, timestamp with time zone '2026-12-06 22:00:00+00:00');
insert into statement (statement_key, entry_id, text, position) select 'cuba-revolution', id,
       'The article names Cuba through the Cuban Revolution, from which the MIR''s founders took their inspiration and which they hoped to repeat in Chile.', 1 from entry where slug = 'cuba';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'cuban-inspiration' and s.statement_key = 'cuba-revolution';
insert into statement (statement_key, entry_id, text, position) select 'cuba-imitation', id,
       'According to the article, the Cuban Revolution spawned many attempts at imitation, not only the MIR.', 2 from entry where slug = 'cuba';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'cuban-imitations' and s.statement_key = 'cuba-imitation';

-- Poor and working-class neighbourhoods of Santiago (place) -------------------------------
-- "They soon found some support in Santiago's poor and working-class neighborhoods and among
-- unions." (section "Beginnings of the MIR", paragraph 1).
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position, last_changed)
values ('PLACE', 'poor-and-working-class-neighbourhoods-of-santiago', 'Poor and working-class neighbourhoods of Santiago',
        'poor and working-class neighbourhoods of santiago',
        'The neighbourhoods of Santiago where the MIR soon found some support.',
        null, null, null, false, 102, timestamp with time zone '2026-12-06 22:00:00+00:00');
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'neighbourhoods-article', id, 'VARIANT', 'Santiago''s poor and working-class neighborhoods', 'en', 1 from entry where slug = 'poor-and-working-class-neighbourhoods-of-santiago';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'mir-support' and n.name_key = 'neighbourhoods-article';
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'neighbourhoods-poblaciones', id, 'ORIGINAL', 'poblaciones', 'es', 2 from entry where slug = 'poor-and-working-class-neighbourhoods-of-santiago';
insert into citation (source_id, locator, name_id) select s.id, null, n.id from source s, entry_name n where s.slug = 'wikipedia-es-poblacion-callampa' and n.name_key = 'neighbourhoods-poblaciones';
insert into statement (statement_key, entry_id, text, position) select 'neighbourhoods-support', id,
       'The MIR soon found some support in the poor and working-class neighbourhoods of Santiago.', 1 from entry where slug = 'poor-and-working-class-neighbourhoods-of-santiago';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-support' and s.statement_key = 'neighbourhoods-support';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'neighbourhoods-name-note', entry_id, id, 'PRECISION',
       'Spanish Wikipedia, “Población callampa”, gives the name used in Chile for a poor neighbourhood: a población (plural poblaciones), whose residents are pobladores.', 1 from statement where statement_key = 'neighbourhoods-support';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-es-poblacion-callampa' and n.note_key = 'neighbourhoods-name-note';

-- Trade unions (organization) -------------------------------------------------------------
-- The same sentence: "... and among unions."
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position, last_changed)
values ('ORGANIZATION', 'trade-unions', 'Trade unions', 'trade unions',
        'The Chilean trade unions among which the MIR soon found some support.',
        null, null, null, false, 103, timestamp with time zone '2026-12-06 22:00:00+00:00');
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'unions-article', id, 'VARIANT', 'unions', 'en', 1 from entry where slug = 'trade-unions';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'mir-support' and n.name_key = 'unions-article';
insert into statement (statement_key, entry_id, text, position) select 'unions-support', id,
       'The MIR soon found some support among trade unions.', 1 from entry where slug = 'trade-unions';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-support' and s.statement_key = 'unions-support';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'unions-founding-note', entry_id, id, 'PRECISION',
       'Spanish Wikipedia, “Movimiento de Izquierda Revolucionaria (Chile)”, and English Wikipedia, “Revolutionary Left Movement (Chile)”, record that trade unionists, among them Clotario Blest, took part in founding the MIR in 1965.', 1 from statement where statement_key = 'unions-support';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-es-movimiento-de-izquierda-revolucionaria-chile' and n.note_key = 'unions-founding-note';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-revolutionary-left-movement-chile' and n.note_key = 'unions-founding-note';

-- Nationalization of copper mining (event) ------------------------------------------------
-- "... immediately began reforms, including nationalization of key industries (such as copper
-- mining) ..." (section "The MIR and Allende", paragraph 1). The article does not date it; the
-- date is the law's, cited to it.
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position, last_changed)
values ('EVENT', 'nationalization-of-copper-mining', 'Nationalization of copper mining', 'nationalization of copper mining',
        'The nationalization of key industries, such as copper mining, among the reforms Salvador Allende began after his election in 1970.',
        '1971-07-11', date '1971-07-11', date '1971-07-11', false, 141, timestamp with time zone '2026-12-06 22:00:00+00:00');
insert into citation (source_id, locator, date_entry_id) select s.id, null, e.id from source s, entry e where s.slug = 'ley-17450' and e.slug = 'nationalization-of-copper-mining';
insert into statement (statement_key, entry_id, text, position) select 'copper-reform', id,
       'After his election in 1970, Salvador Allende immediately began reforms, among them the nationalization of key industries such as copper mining.', 1 from entry where slug = 'nationalization-of-copper-mining';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'allende-elected' and s.statement_key = 'copper-reform';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'allende-reforms' and s.statement_key = 'copper-reform';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'copper-date-note', entry_id, id, 'PRECISION',
       'The article does not date the nationalization. The large copper mines were nationalised by a constitutional amendment, Ley 17.450, which Congress passed on 11 July 1971: the date shown for this entry is that law''s.', 1 from statement where statement_key = 'copper-reform';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'ley-17450' and n.note_key = 'copper-date-note';
insert into statement (statement_key, entry_id, text, position) select 'copper-mir', id,
       'The MIR considered Allende''s reforms a good start that did not go far enough.', 2 from entry where slug = 'nationalization-of-copper-mining';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-supported-allende' and s.statement_key = 'copper-mir';

-- Takeover of education (event) -----------------------------------------------------------
-- "... taking over education and health care ..." (the same passage). A disputed claim (V11,
-- allende-reforms-note): stated as the article's, with the note beside it.
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position, last_changed)
values ('EVENT', 'takeover-of-education', 'Takeover of education', 'takeover of education',
        'Taking over education, one of the reforms the article says Salvador Allende began after his election in 1970.',
        null, null, null, false, 142, timestamp with time zone '2026-12-06 22:00:00+00:00');
insert into statement (statement_key, entry_id, text, position) select 'education-reform', id,
       'According to the article, after his election in 1970 Salvador Allende immediately began reforms, among them taking over education.', 1 from entry where slug = 'takeover-of-education';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'allende-elected' and s.statement_key = 'education-reform';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'allende-reforms' and s.statement_key = 'education-reform';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'education-reform-note', entry_id, id, 'DISAGREEMENT',
       'None of the works the archive has read says that Allende''s government took over education: its plan for a single national school system, the Escuela Nacional Unificada, made public in 1973, was never put into practice (Memoria Chilena, “Escuela Nacional Unificada (ENU)”).', 1 from statement where statement_key = 'education-reform';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'memoria-chilena-escuela-nacional-unificada' and n.note_key = 'education-reform-note';

-- Takeover of health care (event) ---------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position, last_changed)
values ('EVENT', 'takeover-of-health-care', 'Takeover of health care', 'takeover of health care',
        'Taking over health care, one of the reforms the article says Salvador Allende began after his election in 1970.',
        null, null, null, false, 143, timestamp with time zone '2026-12-06 22:00:00+00:00');
insert into statement (statement_key, entry_id, text, position) select 'health-reform', id,
       'According to the article, after his election in 1970 Salvador Allende immediately began reforms, among them taking over health care.', 1 from entry where slug = 'takeover-of-health-care';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'allende-elected' and s.statement_key = 'health-reform';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'allende-reforms' and s.statement_key = 'health-reform';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'health-reform-note', entry_id, id, 'DISAGREEMENT',
       'None of the works the archive has read says that Allende''s government took over health care: Chile''s national health service, the Servicio Nacional de Salud, had been created in 1952 by Ley 10.383.', 1 from statement where statement_key = 'health-reform';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'ley-10383' and n.note_key = 'health-reform-note';

-- Land reform (event) ---------------------------------------------------------------------
-- "... and beginning work on a land reform plan" (the same passage); disputed likewise.
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position, last_changed)
values ('EVENT', 'land-reform', 'Land reform', 'land reform',
        'The land reform plan on which, according to the article, Salvador Allende began work after his election in 1970.',
        null, null, null, false, 144, timestamp with time zone '2026-12-06 22:00:00+00:00');
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'land-reform-spanish', id, 'ORIGINAL', 'reforma agraria', 'es', 1 from entry where slug = 'land-reform';
insert into citation (source_id, locator, name_id) select s.id, null, n.id from source s, entry_name n where s.slug = 'surmaule-promulgacion-ley-16640' and n.name_key = 'land-reform-spanish';
insert into statement (statement_key, entry_id, text, position) select 'land-reform-plan', id,
       'According to the article, after his election in 1970 Salvador Allende immediately began reforms, among them beginning work on a land reform plan.', 1 from entry where slug = 'land-reform';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'allende-elected' and s.statement_key = 'land-reform-plan';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'allende-reforms' and s.statement_key = 'land-reform-plan';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'land-reform-note', entry_id, id, 'DISAGREEMENT',
       'Land reform did not begin with Allende: English Wikipedia, “Chilean land reform”, records that the Agrarian Reform Law, No. 16.640, was enacted under President Eduardo Frei in 1967, and that Allende''s Popular Unity government continued the reform under it and sped it up.', 1 from statement where statement_key = 'land-reform-plan';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-chilean-land-reform' and n.note_key = 'land-reform-note';

-- The MIR's facility in the Andes (place) -------------------------------------------------
-- "... who hosted his fellow revolutionaries in Chile when they came for meetings and military
-- training at the MIR's facility deep in the Andes Mountains." (section [The alliance of
-- revolutionary groups (JCR)], paragraph 2).
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position, last_changed)
values ('PLACE', 'mir-facility-in-the-andes', 'The MIR''s facility in the Andes', 'mir facility in the andes',
        'The MIR''s facility deep in the Andes Mountains, in Chile, where allied revolutionaries came for meetings and military training.',
        null, null, null, false, 451, timestamp with time zone '2026-12-06 22:00:00+00:00');
insert into statement (statement_key, entry_id, text, position) select 'facility-training', id,
       'Miguel Enríquez hosted his fellow revolutionaries in Chile when they came for meetings and military training at the MIR''s facility deep in the Andes Mountains.', 1 from entry where slug = 'mir-facility-in-the-andes';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'alliance-brainchild' and s.statement_key = 'facility-training';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'facility-maipo-note', entry_id, id, 'PRECISION',
       'John Dinges, The Condor Years (2004), places the training camps to which the allied groups sent their cadres in the Andes at Cajón del Maipo.', 1 from statement where statement_key = 'facility-training';
insert into citation (source_id, locator, note_id) select s.id, 'chapter on the JCR', n.id from source s, editorial_note n where s.slug = 'dinges-the-condor-years' and n.note_key = 'facility-maipo-note';

-- Southern Cone dictatorships (organization) ----------------------------------------------
-- "The JCR seemed poised to take on the Southern Cone dictatorships" (section [The alliance of
-- revolutionary groups (JCR)], paragraph 3).
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position, last_changed)
values ('ORGANIZATION', 'southern-cone-dictatorships', 'Southern Cone dictatorships', 'southern cone dictatorships',
        'The dictatorships of the Southern Cone, which, according to the article, the JCR seemed poised to take on.',
        null, null, null, false, 501, timestamp with time zone '2026-12-06 22:00:00+00:00');
insert into statement (statement_key, entry_id, text, position) select 'dictatorships-jcr', id,
       'According to the article, the JCR seemed poised to take on the Southern Cone dictatorships.', 1 from entry where slug = 'southern-cone-dictatorships';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'jcr-poised' and s.statement_key = 'dictatorships-jcr';

-- Political kidnappings by the ERP (event) ------------------------------------------------
-- "... the ERP had money from a string of political kidnappings" (the same paragraph).
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position, last_changed)
values ('EVENT', 'erp-political-kidnappings', 'Political kidnappings by the ERP', 'political kidnappings by the erp',
        'The string of political kidnappings from which, according to the article, the ERP had money.',
        null, null, null, false, 502, timestamp with time zone '2026-12-06 22:00:00+00:00');
insert into statement (statement_key, entry_id, text, position) select 'kidnappings-money', id,
       'According to the article, the ERP had money from a string of political kidnappings, which it brought to the JCR.', 1 from entry where slug = 'erp-political-kidnappings';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'erp-money' and s.statement_key = 'kidnappings-money';
insert into statement (statement_key, entry_id, text, position) select 'kidnappings-undated', id,
       'The article does not date the kidnappings or say where they took place.', 2 from entry where slug = 'erp-political-kidnappings';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'erp-money' and s.statement_key = 'kidnappings-undated';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'kidnappings-samuelson-note', entry_id, id, 'PRECISION',
       'John Dinges, The Condor Years (2004), gives as a case the kidnapping by the ERP, on 6 December 1973, of Victor Samuelson, general manager of Esso''s Argentine refinery at Campana.', 1 from statement where statement_key = 'kidnappings-undated';
insert into citation (source_id, locator, note_id) select s.id, 'chapter on the JCR', n.id from source s, editorial_note n where s.slug = 'dinges-the-condor-years' and n.note_key = 'kidnappings-samuelson-note';

-- Relations -------------------------------------------------------------------------------
-- LOCATED_IN: a place within a place, where a source says so. -----------------------------
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'stadium-in-santiago', 'LOCATED_IN', s.id, o.id, null, null, null, null, null, 101 from entry s, entry o where s.slug = 'national-stadium' and o.slug = 'santiago';
-- "the army quickly moved to take the streets of Santiago" / "... concentration camps in the
-- stadium and all over the city" (section "The MIR and Pinochet", paragraph 1); other works
-- name the stadium and place it in Santiago.
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'struck-too-hard' and r.relation_key = 'stadium-in-santiago';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'wave-of-terror' and r.relation_key = 'stadium-in-santiago';
insert into citation (source_id, locator, relation_id) select s.id, null, r.id from source s, relation r where s.slug = 'wikipedia-es-estadio-nacional-centro-de-detencion' and r.relation_key = 'stadium-in-santiago';
-- The article does not say where the palace is; the German Wikipedia article on La Moneda does.
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'moneda-in-santiago', 'LOCATED_IN', s.id, o.id, null, null, null, null, null, 102 from entry s, entry o where s.slug = 'presidential-palace' and o.slug = 'santiago';
insert into citation (source_id, locator, relation_id) select s.id, null, r.id from source s, relation r where s.slug = 'wikipedia-de-la-moneda' and r.relation_key = 'moneda-in-santiago';
-- "Santiago's poor and working-class neighborhoods" (section "Beginnings of the MIR", paragraph 1).
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'neighbourhoods-in-santiago', 'LOCATED_IN', s.id, o.id, null, null, null, null, null, 103 from entry s, entry o where s.slug = 'poor-and-working-class-neighbourhoods-of-santiago' and o.slug = 'santiago';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-support' and r.relation_key = 'neighbourhoods-in-santiago';
-- The article does not say in so many words that Santiago is in Chile, nor Buenos Aires in
-- Argentina: encyclopedia articles on the two cities do.
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'santiago-in-chile', 'LOCATED_IN', s.id, o.id, null, null, null, null, null, 104 from entry s, entry o where s.slug = 'santiago' and o.slug = 'chile';
insert into citation (source_id, locator, relation_id) select s.id, null, r.id from source s, relation r where s.slug = 'wikipedia-santiago' and r.relation_key = 'santiago-in-chile';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'buenos-aires-in-argentina', 'LOCATED_IN', s.id, o.id, null, null, null, null, null, 105 from entry s, entry o where s.slug = 'buenos-aires' and o.slug = 'argentina';
insert into citation (source_id, locator, relation_id) select s.id, null, r.id from source s, relation r where s.slug = 'wikipedia-simple-buenos-aires' and r.relation_key = 'buenos-aires-in-argentina';
-- "... hosted his fellow revolutionaries in Chile when they came for meetings and military
-- training at the MIR's facility deep in the Andes Mountains." (section [The alliance of
-- revolutionary groups (JCR)], paragraph 2): the facility is in the Andes and in Chile.
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'facility-in-andes', 'LOCATED_IN', s.id, o.id, null, null, null, null, null, 106 from entry s, entry o where s.slug = 'mir-facility-in-the-andes' and o.slug = 'andes-mountains';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-brainchild' and r.relation_key = 'facility-in-andes';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'facility-in-chile', 'LOCATED_IN', s.id, o.id, null, null, null, null, null, 107 from entry s, entry o where s.slug = 'mir-facility-in-the-andes' and o.slug = 'chile';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-brainchild' and r.relation_key = 'facility-in-chile';

-- HAPPENED_AT -----------------------------------------------------------------------------
-- "They primarily took their inspiration from the Cuban Revolution" (section "Beginnings of
-- the MIR", paragraph 1): the revolution is Cuba's.
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'cuban-revolution-in-cuba', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 110 from entry s, entry o where s.slug = 'cuban-revolution' and o.slug = 'cuba';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'cuban-inspiration' and r.relation_key = 'cuban-revolution-in-cuba';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'cuban-imitations' and r.relation_key = 'cuban-revolution-in-cuba';
-- Allende, "elected President of Chile", began the reforms (section "The MIR and Allende",
-- paragraph 1), as reforms-in-chile (V4) has it for the reforms as a whole.
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'copper-in-chile', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 111 from entry s, entry o where s.slug = 'nationalization-of-copper-mining' and o.slug = 'chile';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-elected' and r.relation_key = 'copper-in-chile';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-reforms' and r.relation_key = 'copper-in-chile';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'education-in-chile', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 112 from entry s, entry o where s.slug = 'takeover-of-education' and o.slug = 'chile';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-elected' and r.relation_key = 'education-in-chile';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-reforms' and r.relation_key = 'education-in-chile';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'health-in-chile', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 113 from entry s, entry o where s.slug = 'takeover-of-health-care' and o.slug = 'chile';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-elected' and r.relation_key = 'health-in-chile';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-reforms' and r.relation_key = 'health-in-chile';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'land-reform-in-chile', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 114 from entry s, entry o where s.slug = 'land-reform' and o.slug = 'chile';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-elected' and r.relation_key = 'land-reform-in-chile';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-reforms' and r.relation_key = 'land-reform-in-chile';
-- The meetings and training hosted by Enríquez (section [The alliance of revolutionary groups
-- (JCR)], paragraph 2) were at the facility.
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'talks-at-facility', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 115 from entry s, entry o where s.slug = 'alliance-talks' and o.slug = 'mir-facility-in-the-andes';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-brainchild' and r.relation_key = 'talks-at-facility';

-- BASED_IN --------------------------------------------------------------------------------
-- "There were several groups in South America who had similar goals and beliefs, including the
-- Tupamaros in Uruguay, ... ERP ... in Argentina and the Bolivian ELN" (section [The alliance
-- of revolutionary groups (JCR)], paragraph 1).
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'tupamaros-in-south-america', 'BASED_IN', s.id, o.id, null, null, null, null, null, 120 from entry s, entry o where s.slug = 'tupamaros' and o.slug = 'south-america';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'tupamaros' and r.relation_key = 'tupamaros-in-south-america';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'erp-in-south-america', 'BASED_IN', s.id, o.id, null, null, null, null, null, 121 from entry s, entry o where s.slug = 'erp' and o.slug = 'south-america';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'tupamaros' and r.relation_key = 'erp-in-south-america';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'erp' and r.relation_key = 'erp-in-south-america';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'eln-in-south-america', 'BASED_IN', s.id, o.id, null, null, null, null, null, 122 from entry s, entry o where s.slug = 'eln' and o.slug = 'south-america';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'tupamaros' and r.relation_key = 'eln-in-south-america';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'eln' and r.relation_key = 'eln-in-south-america';
-- "The JCR seemed poised to take on the Southern Cone dictatorships" (paragraph 3).
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'dictatorships-in-southern-cone', 'BASED_IN', s.id, o.id, null, null, null, null, null, 123 from entry s, entry o where s.slug = 'southern-cone-dictatorships' and o.slug = 'southern-cone';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'jcr-poised' and r.relation_key = 'dictatorships-in-southern-cone';
-- The MIR's facility (paragraph 2).
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'mir-at-its-facility', 'BASED_IN', s.id, o.id, 'facility for meetings and military training', null, null, null, null, 124 from entry s, entry o where s.slug = 'mir' and o.slug = 'mir-facility-in-the-andes';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-brainchild' and r.relation_key = 'mir-at-its-facility';

-- FOUNDER_OF (an organization founding another) ------------------------------------------
-- "The MIR was founded in 1965 by a union of leftist student groups" (section "Beginnings of
-- the MIR", paragraph 1).
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'student-groups-found-mir', 'FOUNDER_OF', s.id, o.id, null, null, '1965', date '1965-01-01', date '1965-12-31', 130 from entry s, entry o where s.slug = 'leftist-student-groups' and o.slug = 'mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-founded' and r.relation_key = 'student-groups-found-mir';

-- MEMBER_OF, from another work ------------------------------------------------------------
-- The article names Bautista Van Schouwen only in the photograph's caption; the Vicaría de la
-- Solidaridad's record makes him a member of the MIR's central committee.
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'van-schouwen-in-mir', 'MEMBER_OF', s.id, o.id, 'member of the central committee', null, null, null, null, 131 from entry s, entry o where s.slug = 'bautista-van-schouwen' and o.slug = 'mir';
insert into citation (source_id, locator, relation_id) select s.id, null, r.id from source s, relation r where s.slug = 'memoria-viva-bautista-van-schouwen' and r.relation_key = 'van-schouwen-in-mir';

-- LEADER_OF, from other works: who led DINA ----------------------------------------------
-- The article places Contreras "in charge of rooting out the MIR", not of DINA; the Rettig
-- Report and the Spanish Wikipedia article on DINA name him its head.
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'contreras-heads-dina', 'LEADER_OF', s.id, o.id, 'head', null, null, null, null, 132 from entry s, entry o where s.slug = 'manuel-contreras' and o.slug = 'dina';
insert into citation (source_id, locator, relation_id) select s.id, null, r.id from source s, relation r where s.slug = 'rettig-report' and r.relation_key = 'contreras-heads-dina';
insert into citation (source_id, locator, relation_id) select s.id, null, r.id from source s, relation r where s.slug = 'wikipedia-es-direccion-de-inteligencia-nacional' and r.relation_key = 'contreras-heads-dina';

-- PARTICIPANT_IN --------------------------------------------------------------------------
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'student-groups-at-founding', 'PARTICIPANT_IN', s.id, o.id, 'united to found the MIR', null, null, null, null, 140 from entry s, entry o where s.slug = 'leftist-student-groups' and o.slug = 'founding-of-the-mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-founded' and r.relation_key = 'student-groups-at-founding';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'allende-copper', 'PARTICIPANT_IN', s.id, o.id, 'began the reform', null, null, null, null, 141 from entry s, entry o where s.slug = 'salvador-allende' and o.slug = 'nationalization-of-copper-mining';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-reforms' and r.relation_key = 'allende-copper';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'allende-education', 'PARTICIPANT_IN', s.id, o.id, 'began the reform', null, null, null, null, 142 from entry s, entry o where s.slug = 'salvador-allende' and o.slug = 'takeover-of-education';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-reforms' and r.relation_key = 'allende-education';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'allende-health', 'PARTICIPANT_IN', s.id, o.id, 'began the reform', null, null, null, null, 143 from entry s, entry o where s.slug = 'salvador-allende' and o.slug = 'takeover-of-health-care';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-reforms' and r.relation_key = 'allende-health';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'allende-land-reform', 'PARTICIPANT_IN', s.id, o.id, 'began work on the plan', null, null, null, null, 144 from entry s, entry o where s.slug = 'salvador-allende' and o.slug = 'land-reform';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-reforms' and r.relation_key = 'allende-land-reform';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'erp-kidnappings', 'PARTICIPANT_IN', s.id, o.id, 'had money from them', null, null, null, null, 145 from entry s, entry o where s.slug = 'erp' and o.slug = 'erp-political-kidnappings';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'erp-money' and r.relation_key = 'erp-kidnappings';

-- SUPPORTER_OF ----------------------------------------------------------------------------
-- "They soon found some support in Santiago's poor and working-class neighborhoods and among
-- unions." (section "Beginnings of the MIR", paragraph 1); "The MIR supported Allende"
-- (section "The MIR and Allende", paragraph 1).
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'unions-support-mir', 'SUPPORTER_OF', s.id, o.id, 'some support', null, null, null, null, 150 from entry s, entry o where s.slug = 'trade-unions' and o.slug = 'mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-support' and r.relation_key = 'unions-support-mir';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'neighbourhoods-support-mir', 'SUPPORTER_OF', s.id, o.id, 'some support', null, null, null, null, 151 from entry s, entry o where s.slug = 'poor-and-working-class-neighbourhoods-of-santiago' and o.slug = 'mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-support' and r.relation_key = 'neighbourhoods-support-mir';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'mir-supports-allende', 'SUPPORTER_OF', s.id, o.id, null, null, null, null, null, 152 from entry s, entry o where s.slug = 'mir' and o.slug = 'salvador-allende';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-supported-allende' and r.relation_key = 'mir-supports-allende';

-- OPPONENT_OF -----------------------------------------------------------------------------
-- "During the 1970's, after the fall of President Salvador Allende, it actively attempted to
-- overthrow the Chilean government, at that time led by Dictator Augusto Pinochet."
-- (introduction, paragraph 1); "The JCR seemed poised to take on the Southern Cone
-- dictatorships" (section [The alliance of revolutionary groups (JCR)], paragraph 3).
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'mir-against-government', 'OPPONENT_OF', s.id, o.id, 'attempted to overthrow it after the fall of Allende', null, '197X', date '1970-01-01', date '1979-12-31', 160 from entry s, entry o where s.slug = 'mir' and o.slug = 'chilean-government';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-against-pinochet' and r.relation_key = 'mir-against-government';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'jcr-against-dictatorships', 'OPPONENT_OF', s.id, o.id, 'seemed poised to take them on', null, null, null, null, 161 from entry s, entry o where s.slug = 'jcr' and o.slug = 'southern-cone-dictatorships';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'jcr-poised' and r.relation_key = 'jcr-against-dictatorships';
