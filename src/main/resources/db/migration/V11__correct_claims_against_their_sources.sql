-- Every statement, summary, editorial note, relation (with its role), name and date of every
-- entry, and every work record, re-read against the passage it cites (issue 10, part 1; the
-- review is recorded in docs/editorial-policy.md, "Review of December 2026"). Each correction
-- below says what changed, the kind of error it corrects and the passage or work that shows it:
--   over-claim; a clause beyond the quotation (or a hope or plan reported as more than that);
--   an unattributed judgement; precision the source does not give; a disputed claim without its
--   note (or its attribution) where it appears; vague attribution; an incomplete work record.
-- The article is ../shared/source/chiles-mir-about-com-2014.txt ("section, paragraph" below are
-- its locators); other works are cited as ../shared/source/corroboration.md and
-- corroboration-more.md record them, never by a mirror's address. Portable SQL (H2, PostgreSQL).
-- Every entry and work whose page shows a changed text, date, role or record is dated anew at
-- the end, so that pages, caches, the sitemap and the download see the change.

-- =============================================================================================
-- A. Works: records completed, and the works that new notes cite
-- =============================================================================================
-- Kind: incomplete work records. corroboration.md asks for author, title, publisher or site,
-- date and URL; corroboration-more.md section 3 gives what is known of each and what is not. A
-- field that is not known now says so in the record (a note of its kind) instead of staying blank.
-- The day on which a web page was read was never recorded: the notes say so rather than invent
-- one. Wikipedia's articles are credited, as is usual, to "Wikipedia contributors".

-- The seed article: the URL of the captured page (corroboration-more.md section 3, "ThoughtCo
-- republication": "The About.com original is stored at ..."), which the record lacked; the day of
-- capture is not known; the ThoughtCo republication, on which the author's name rests, was seen
-- once (README.md) but could not be found again (corroboration-more.md section 3).
update source set url = 'http://latinamericanhistory.about.com/od/thehistoryofchile/a/09ChileMIR.htm'
 where slug = 'chiles-mir-the-revolutionary-left-movement';
update source_note set text = 'The captured About.com page carries no byline; the same text, republished by ThoughtCo, is credited to Christopher Minster. A later search could not find the ThoughtCo copy again to re-check the credit.'
 where kind = 'AUTHOR' and source_id = (select id from source where slug = 'chiles-mir-the-revolutionary-left-movement');
update source_note set text = 'Republished by ThoughtCo on 14 March 2016, https://www.thoughtco.com/chiles-mir-the-revolutionary-left-movement-2136598, as seen in a stored copy of that page; a later search could not find it again to re-check the date, author or address.'
 where kind = 'REPUBLISHED' and source_id = (select id from source where slug = 'chiles-mir-the-revolutionary-left-movement');
update source_note set text = 'Captured from the web, at the address given; the day of capture was not recorded. Two lines of site navigation above the title were dropped; the headings of the last two sections were lost, so the archive supplies descriptive headings for them, shown in square brackets.'
 where kind = 'CAPTURE' and source_id = (select id from source where slug = 'chiles-mir-the-revolutionary-left-movement');

-- The photograph: it appears on the article's page (the URL above); its photographer and date are
-- not given (README.md: only the caption and credit line were captured). The date, which the
-- capture note mentioned in passing, now has its own field note.
update source set url = 'http://latinamericanhistory.about.com/od/thehistoryofchile/a/09ChileMIR.htm'
 where slug = 'photograph-van-schouwen-ferrada-noli-enriquez';
update source_note set text = 'The image file was not captured with the article; the archive holds only its caption and credit line.'
 where kind = 'CAPTURE' and source_id = (select id from source where slug = 'photograph-van-schouwen-ferrada-noli-enriquez');
insert into source_note (source_id, kind, text, position)
select id, 'AUTHOR', 'The photographer is not named.', 3 from source where slug = 'photograph-van-schouwen-ferrada-noli-enriquez';
insert into source_note (source_id, kind, text, position)
select id, 'DATE', 'The date of the photograph is not given; the caption places it in the three men''s college days.', 4 from source where slug = 'photograph-van-schouwen-ferrada-noli-enriquez';

-- Wikipedia's articles (corroboration-more.md section 3, "English/Spanish Wikipedia pages cited by
-- corroboration.md": last-edited dates not shown; record the access date instead, which the notes
-- did not keep). Author and date were blank.
update source set author = 'Wikipedia contributors'
 where slug in ('wikipedia-carlos-prats', 'wikipedia-marcello-ferrada-de-noli', 'wikipedia-es-movimiento-de-izquierda-revolucionaria-chile',
                'wikipedia-revolutionary-left-movement-chile', 'wikipedia-es-miguel-enriquez', 'wikipedia-andres-pascal-allende',
                'wikipedia-es-direccion-de-inteligencia-nacional', 'wikipedia-es-estadio-nacional-centro-de-detencion',
                'wikipedia-mario-roberto-santucho');
insert into source_note (source_id, kind, text, position)
select id, 'DATE', 'The copy read showed no date of last edit. Accessed: the day was not recorded; the page was read, in a stored copy, for the archive''s research notes before the seed was published on 25 November 2026.', 1
  from source
 where slug in ('wikipedia-carlos-prats', 'wikipedia-marcello-ferrada-de-noli', 'wikipedia-es-movimiento-de-izquierda-revolucionaria-chile',
                'wikipedia-revolutionary-left-movement-chile', 'wikipedia-es-miguel-enriquez', 'wikipedia-andres-pascal-allende',
                'wikipedia-es-direccion-de-inteligencia-nacional', 'wikipedia-es-estadio-nacional-centro-de-detencion',
                'wikipedia-mario-roberto-santucho');

-- John Dinges, The Condor Years: full title, the publisher's page for the book, place, ISBN and
-- the later printing (corroboration-more.md section 3, "John Dinges, The Condor Years"); the
-- chapter that holds the JCR passage is not confirmed there, which the locator should not hide.
update source set subtitle = 'How Pinochet and His Allies Brought Terrorism to Three Continents',
                  url = 'https://thenewpress.com/books/condor-years'
 where slug = 'dinges-the-condor-years';
insert into source_note (source_id, kind, text, position)
select id, 'REPUBLISHED', 'First published in New York by The New Press in 2004 (322 pages, ISBN 1-56584-764-4); a later printing adds an afterword dated 2005.', 1 from source where slug = 'dinges-the-condor-years';
insert into source_note (source_id, kind, text, position)
select id, 'CAPTURE', 'Read only in excerpts, so cited, never quoted. Which chapter holds the account of the JCR has not been confirmed: the archive cites it as the chapter on the JCR.', 2 from source where slug = 'dinges-the-condor-years';

-- Memoria Chilena's page on the MIR: the URL was the site's home page, not the page; the title
-- was the archive's own although the excerpt read showed none; it was also said to be cited "for
-- the National Stadium", which corroboration.md credits only to "Memoria Chilena", with no page,
-- and which the one page the notes read (an excerpt of its "acontecimientos" section on the MIR)
-- is not known to give (corroboration-more.md section 3, "Memoria Chilena, MIR page"; the
-- stadium citations go in part G).
update source set title = '[Movimiento de Izquierda Revolucionaria (MIR)]',
                  url = 'http://www.memoriachilena.cl/602/w3-article-96182.html',
                  summary = 'The National Library of Chile''s page on the MIR in its Memoria Chilena site; cited for the MIR''s later history.'
 where slug = 'memoria-chilena-mir';
insert into source_note (source_id, kind, text, position)
select id, 'AUTHOR', 'No author is named in the excerpt read; Memoria Chilena is a site of the Biblioteca Nacional de Chile.', 1 from source where slug = 'memoria-chilena-mir';
insert into source_note (source_id, kind, text, position)
select id, 'DATE', 'No date is shown in the excerpt read. Accessed: the day was not recorded; the page was read, in a stored copy, before the seed was published on 25 November 2026.', 2 from source where slug = 'memoria-chilena-mir';
insert into source_note (source_id, kind, text, position)
select id, 'CAPTURE', 'Read in an excerpt of its section on events ("acontecimientos"), at the address given, on the site''s former domain. The site now uses memoriachilena.gob.cl, where the page is probably https://www.memoriachilena.gob.cl/602/w3-article-96182.html (not verified). The page''s own title was not shown: the title above is the archive''s, in square brackets.', 3 from source where slug = 'memoria-chilena-mir';

-- Memoria Viva's record of Bautista van Schouwen: the title as the page gives it and the page's own
-- URL, which was the site's home page (corroboration-more.md section 3, "Memoria Viva"); no date
-- shown; the header's wrong date of detention (corroboration-more.md section 2, "Bautista van
-- Schouwen's arrest date") is named so that no reader takes it from the page.
update source set title = 'Van Schouwen Vasey Bautista',
                  url = 'http://memoriaviva.com/Desaparecidos/D-V/bautista_van_schouwen_vasey.htm'
 where slug = 'memoria-viva-bautista-van-schouwen';
insert into source_note (source_id, kind, text, position)
select id, 'AUTHOR', 'The case text is the Vicaría de la Solidaridad''s; Memoria Viva publishes it on its page for him among the detained-disappeared.', 1 from source where slug = 'memoria-viva-bautista-van-schouwen';
insert into source_note (source_id, kind, text, position)
select id, 'DATE', 'The page shows no date. Its header gives his date of detention as 13-09-1973, but its case text, like every other source, gives 13 December 1973, which the archive follows. Accessed: the day was not recorded; the page was read, in a stored copy, before the seed was published on 25 November 2026.', 2 from source where slug = 'memoria-viva-bautista-van-schouwen';

-- Ley 17.450: the law's heading as published, the LeyChile page and the day Congress passed it
-- (corroboration-more.md section 2, "Copper nationalisation"); no URL or author field was given.
update source set subtitle = 'Reforma la Constitución Política del Estado',
                  container = 'LeyChile',
                  url = 'https://www.bcn.cl/leychile/navegar?idNorma=29026&idVersion=1971-07-16'
 where slug = 'ley-17450';
insert into source_note (source_id, kind, text, position)
select id, 'AUTHOR', 'A law of the Republic of Chile, passed by the National Congress; it has no personal author.', 1 from source where slug = 'ley-17450';
insert into source_note (source_id, kind, text, position)
select id, 'DATE', 'Congress passed the amendment on 11 July 1971; the text in LeyChile is its version of 16 July 1971. Accessed: the day was not recorded.', 2 from source where slug = 'ley-17450';

-- The Rettig Report: its place and year, its date, the later edition, and that the publisher of
-- the first edition is not known (corroboration-more.md section 3, "Rettig Report").
update source set issued = '1991'
 where slug = 'rettig-report';
insert into source_note (source_id, kind, text, position)
select id, 'DATE', 'Dated 4 March 1991 on its title page, in the transcription read: the day President Patricio Aylwin made the report public. It had been handed to him on 8 February 1991.', 1 from source where slug = 'rettig-report';
insert into source_note (source_id, kind, text, position)
select id, 'REPUBLISHED', 'Re-edited by the Corporación Nacional de Reparación y Reconciliación in December 1996 (ISBN 956-7419-17-5).', 2 from source where slug = 'rettig-report';
insert into source_note (source_id, kind, text, position)
select id, 'CAPTURE', 'Read in a transcription of its text. The publisher of the first edition (Santiago de Chile, 1991) is not known to the archive; no web address is given because the archive cites the report itself, not a copy of it.', 3 from source where slug = 'rettig-report';

-- New works, for the notes of parts E and F (corroboration-more.md section 2; each read in a stored
-- copy, the day not recorded).
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('ap-key-events-in-recent-chilean-history', 'WEB_PAGE', 'Key Events in Recent Chilean History', null, null, null,
        'The Associated Press', '1990-03-11', 'https://www.apnews.com/a743f7bf7177fa3222eb72c710e30cde',
        'The Associated Press''s chronology of Chile''s recent history, published on the day Pinochet handed over the presidency; cited for that day.', false, 17);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('wikipedia-simple-guerrilla-of-nancahuazu', 'ENCYCLOPEDIA_ARTICLE', 'Guerrilla of Ñancahuazú', null, 'Wikipedia contributors',
        'Wikipedia (Simple English)', 'Wikimedia Foundation', null, 'https://simple.wikipedia.org/wiki/Guerrilla_of_%C3%91ancahuaz%C3%BA',
        'Encyclopedia article on Che Guevara''s guerrilla war in Bolivia; cited for its dates.', false, 18);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('wikipedia-chilean-land-reform', 'ENCYCLOPEDIA_ARTICLE', 'Chilean land reform', null, 'Wikipedia contributors',
        'Wikipedia (English)', 'Wikimedia Foundation', null, 'https://en.wikipedia.org/wiki/Chilean_land_reform',
        'Encyclopedia article on land reform in Chile; cited for its beginning under Eduardo Frei and its course under Allende.', false, 19);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('memoria-chilena-escuela-nacional-unificada', 'WEB_PAGE', 'Escuela Nacional Unificada (ENU)', null, null,
        'Memoria Chilena', 'Biblioteca Nacional de Chile', null, 'http://www.memoriachilena.cl/602/w3-article-93740.html',
        'The National Library of Chile''s page on the Popular Unity government''s plan for a single national school system; cited for its fate.', false, 20);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('ley-10383', 'LAW', 'Ley 10.383', null, null, 'LeyChile', 'Biblioteca del Congreso Nacional de Chile', '1952-08-08',
        'https://www.bcn.cl/leychile/navegar?idNorma=26387',
        'The law of 1952 that created Chile''s national health service, the Servicio Nacional de Salud.', false, 21);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('a-vencer-nace-la-junta-de-coordinacion-revolucionaria', 'WEB_PAGE', 'Nace la Junta de Coordinación Revolucionaria', null, null,
        'A Vencer', 'Frente Único MIR-OTR', '2014-11', 'http://izquierda-revolucionaria.org/articulo/264/nace-la-junta-de-coordinacion-revolucionaria/',
        'A paper of a present-day MIR group on the founding of the JCR; cited for the date and place of its first meeting.', false, 22);
insert into source_note (source_id, kind, text, position)
select id, 'AUTHOR', 'No byline is recorded; an item of the Associated Press.', 1 from source where slug = 'ap-key-events-in-recent-chilean-history';
insert into source_note (source_id, kind, text, position)
select id, 'DATE', 'Published on 11 March 1990. Accessed: the day was not recorded.', 2 from source where slug = 'ap-key-events-in-recent-chilean-history';
insert into source_note (source_id, kind, text, position)
select id, 'DATE', 'The copy read showed no date of last edit. Accessed: the day was not recorded; the page was read, in a stored copy, for the archive''s research notes before this review of December 2026.', 1
  from source where slug in ('wikipedia-simple-guerrilla-of-nancahuazu', 'wikipedia-chilean-land-reform');
insert into source_note (source_id, kind, text, position)
select id, 'AUTHOR', 'No author is named in the archive''s notes; Memoria Chilena is a site of the Biblioteca Nacional de Chile.', 1 from source where slug = 'memoria-chilena-escuela-nacional-unificada';
insert into source_note (source_id, kind, text, position)
select id, 'DATE', 'No date is recorded for the page. Accessed: the day was not recorded; it was read before this review of December 2026.', 2 from source where slug = 'memoria-chilena-escuela-nacional-unificada';
insert into source_note (source_id, kind, text, position)
select id, 'CAPTURE', 'Read at the address given, on the site''s former domain; the site now uses memoriachilena.gob.cl.', 3 from source where slug = 'memoria-chilena-escuela-nacional-unificada';
insert into source_note (source_id, kind, text, position)
select id, 'AUTHOR', 'A law of the Republic of Chile; it has no personal author.', 1 from source where slug = 'ley-10383';
insert into source_note (source_id, kind, text, position)
select id, 'DATE', 'Published on 8 August 1952. Accessed: the day was not recorded.', 2 from source where slug = 'ley-10383';
insert into source_note (source_id, kind, text, position)
select id, 'CAPTURE', 'The heading under which LeyChile lists the law was not recorded, so the record gives only its number.', 3 from source where slug = 'ley-10383';
insert into source_note (source_id, kind, text, position)
select id, 'AUTHOR', 'No author is named in the archive''s notes; the paper is published by the Frente Único MIR-OTR.', 1 from source where slug = 'a-vencer-nace-la-junta-de-coordinacion-revolucionaria';
insert into source_note (source_id, kind, text, position)
select id, 'DATE', 'Published in November 2014; no day is recorded. Accessed: the day was not recorded.', 2 from source where slug = 'a-vencer-nace-la-junta-de-coordinacion-revolucionaria';

-- A passage that a corrected statement needs (part C): the MIR's hope, which the statements
-- reported without quoting it.
insert into quotation (quote_key, source_id, section_no, paragraph_no, text)
select 'mir-contacts-hope', id, 3, 2, 'they hoped that when the time came, these young men would disobey the orders of their superiors and support Chile''s democracy'
  from source where slug = 'chiles-mir-the-revolutionary-left-movement';

-- =============================================================================================
-- B. Over-claims
-- =============================================================================================
-- Kind: over-claim. Section "The MIR and Allende", paragraph 3: "They made efforts to identify
-- those young officers and soldiers who had been contacted by the MIR and weed them out". The
-- archive said they "identified and removed" them.
update statement set text = 'They made efforts to identify the young officers and soldiers whom the MIR had contacted and to weed them out, and they increased their pressure on Allende.'
 where statement_key = 'army-weeded-out';
update statement set text = 'Chile''s top army officers made efforts to identify the young officers and soldiers who had been contacted by the MIR and to weed them out.'
 where statement_key = 'purge-weeded-out';
update entry set summary = 'The efforts of the army''s top officers, before the 1973 coup, to identify and weed out the officers and soldiers the MIR had contacted.'
 where slug = 'purge-of-officers-contacted-by-the-mir';
-- The same passage: the army's role said it "carried out the purge", and the MIR's that it "lost its
-- contacts", which the passage does not say.
update relation set role = 'made efforts to weed out those contacted' where relation_key = 'army-purge';
update relation set role = 'its contacts were targeted' where relation_key = 'mir-purged-contacts';

-- Kind: over-claim. Section "The MIR and Pinochet", paragraph 2: "Pinochet began modifying the army
-- to fight an urban war". The archive said he "reorganised" it, as if the work were done, and that
-- he "ordered" it.
update statement set text = 'He began modifying the army to fight an urban war against Chile''s own citizens, enlisting the help of nations such as the United States and Brazil.'
 where statement_key = 'pinochet-urban-war';
update statement set text = 'Pinochet then began modifying it to fight an urban war against Chile''s own citizens, enlisting the help of nations such as the United States and Brazil.'
 where statement_key = 'army-urban-war';
update entry set summary = 'The modification of the Chilean army that Pinochet began after the coup so that it could fight an urban war, with foreign help.'
 where slug = 'reorganisation-of-the-army';
update relation set role = 'began modifying the army' where relation_key = 'pinochet-reorganised';
update relation set role = 'being modified' where relation_key = 'army-reorganised';

-- Kind: over-claim. Section "The MIR and Pinochet", paragraph 1: "the army quickly moved to take the
-- streets of Santiago". The archive said the army "took" them.
update statement set text = 'The coup came too hard and too fast for the MIR: sympathetic officers had already been rooted out, and the army quickly moved to take the streets of Santiago.'
 where statement_key = 'coup-mir';
update relation set role = 'moved to take the streets of Santiago' where relation_key = 'army-in-coup';
update entry set summary = 'City where, according to the article, the MIR was founded, and whose streets the army quickly moved to take in the coup of 11 September 1973.'
 where slug = 'santiago';
-- The Army's summary carried both over-claims above (and "purged").
update entry set summary = 'Chile''s army, whose top officers made efforts to weed out the officers and soldiers the MIR had contacted; it moved to take Santiago in the 1973 coup, and Pinochet then began modifying it for urban war.'
 where slug = 'chilean-army';

-- Kind: over-claim. Section "The MIR and Allende", paragraph 3: Prats stepped down "knowing that his
-- departure would speed up the coup d'etat". The archive said his departure "sped up the coup", an
-- outcome the article does not report. (The claim's note is in part F.)
update statement set text = 'According to the article, General Carlos Prats stepped down shortly before the coup, knowing that his departure would speed it up.'
 where statement_key = 'coup-prats';

-- Kind: over-claim. Section [The alliance of revolutionary groups (JCR)], paragraph 1: "The Cuban
-- Revolution had spawned many attempts at imitation". The summary said "many imitations in South
-- America".
update entry set summary = 'The revolution that inspired the founders of the MIR and, according to the article, many other attempts at imitation.'
 where slug = 'cuban-revolution';

-- =============================================================================================
-- C. Statements beyond their quotation; hopes and plans reported as more
-- =============================================================================================
-- Kind: a hope reported as a plan, and a clause beyond the quotation. Section "The MIR and Allende",
-- paragraph 2: "Their plan was to convince junior officers of the need to support the civilian
-- government: they hoped that when the time came, these young men would disobey the orders of their
-- superiors". The statement made the disobedience part of the plan and cited only the plan.
update statement set text = 'Its plan was to convince junior officers of the need to support the civilian government; the MIR hoped that, when the time came, these young men would disobey their superiors'' orders and support Chile''s democracy.'
 where statement_key = 'contacts-plan';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-contacts-hope' and s.statement_key = 'contacts-plan';
-- The same passage, the other way round: the MIR's page reported the plan as a hope ("hoping to
-- persuade junior officers").
update statement set text = 'When it became apparent that the military was likely to overthrow Allende, the MIR began a programme of making contacts within the armed forces; its plan was to convince junior officers of the need to support the civilian government.'
 where statement_key = 'mir-contacts';

-- Kind: beyond the quotation. Section [The alliance of revolutionary groups (JCR)], paragraphs 2
-- and 3: Enríquez "hosted his fellow revolutionaries in Chile when they came for meetings and
-- military training at the MIR's facility deep in the Andes Mountains"; "the MIR has a clandestine
-- weapons facility". The statement said the MIR hosted them and kept two facilities, which the
-- article does not say; no other work confirms the weapons facility (corroboration-more.md
-- section 2, "The MIR's 'facility deep in the Andes'"), so the claim is attributed.
update statement set text = 'According to the article, Miguel Enríquez hosted members of allied groups in Chile for meetings and military training at the MIR''s facility deep in the Andes Mountains, and the MIR had a clandestine weapons facility.'
 where statement_key = 'mir-andes';

-- Kind: beyond the quotation. The statement that army commanders pressed Allende "after learning of
-- the MIR's contacts" cited only "They made efforts to identify ... they also increased their
-- pressure on Allende" (section "The MIR and Allende", paragraph 3); that they learned of the plan
-- is in the sentence before, now cited too.
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'officers-horrified' and s.statement_key = 'allende-pressure';

-- Kind: a plan reported as a fact. Section [The alliance of revolutionary groups (JCR)], paragraph
-- 3: "the JCR would be headed by Mario Santucho". The JCR's summary said "headed by", and the
-- relation gave him the role "head", where the statements say "was to be headed".
update entry set summary = 'Alliance of the MIR, the Tupamaros, the ERP and the Bolivian ELN, which according to the article was to be headed by Mario Santucho.'
 where slug = 'jcr';
update relation set role = 'chosen as its head' where relation_key = 'santucho-heads-jcr';

-- =============================================================================================
-- D. Unattributed judgements
-- =============================================================================================
-- Kind: unattributed judgement. Section "The MIR and Pinochet", paragraph 1: "A wave of terror
-- spread over the city: the military arrested anyone even remotely suspected of being a communist
-- or an insurgent". The article's words were the archive's own.
update statement set text = 'After the coup the army quickly moved to take the streets of Santiago. The article describes a wave of terror spreading over the city, with concentration camps set up in the stadium and all over the city.'
 where statement_key = 'santiago-coup';
update statement set text = 'According to the article, a wave of terror spread over Santiago after the coup: the military arrested anyone even remotely suspected of being a communist or an insurgent, and set up concentration camps in the stadium and all over the city.'
 where statement_key = 'terror-arrests';
update statement set text = 'According to the article, after the coup the military arrested anyone even remotely suspected of being a communist or an insurgent, and set up concentration camps in the stadium and all over Santiago.'
 where statement_key = 'armed-forces-arrests';

-- Kind: unattributed judgement. Section "Beginnings of the MIR", paragraph 1: "The most important
-- leader was the charismatic Miguel Enríquez". "Most important" is the article's judgement, which
-- his page's statement attributes and the MIR's statement and his summary did not.
update statement set text = 'According to the article, its most important leader was Miguel Enríquez, its General Secretary until his death in 1974.'
 where statement_key = 'mir-enriquez';
update entry set summary = 'Chilean doctor whom the article calls the most important leader of the MIR; its General Secretary until his death in 1974.'
 where slug = 'miguel-enriquez';

-- Kind: unattributed judgement. Section "The MIR and Allende", paragraph 3: "General Carlos Prats,
-- head of Chile's armed forces and a supporter of democracy". The summary said "supporter of
-- democracy" outside its "according to the article".
update entry set summary = 'Chilean general whom the article describes as a supporter of democracy and as head of the armed forces until he stepped down in early September 1973.'
 where slug = 'carlos-prats';

-- =============================================================================================
-- E. Precision the source does not give
-- =============================================================================================
-- Kind: precision the source does not give. Section [The alliance of revolutionary groups (JCR)],
-- paragraph 1: leaders of the ELN "had fought alongside Ché Guevara in Bolivia in the mid-1960's".
-- The archive recorded that as 1965~ (c. 1965), a year the article does not give. Simple English
-- Wikipedia dates Guevara's guerrilla war in Bolivia from 3 November 1966 to 9 October 1967
-- (corroboration-more.md section 2, "Che Guevara in Bolivia"): the entry takes that date, cited to
-- it, with a note; the statement says what the article gives.
update entry set date_edtf = '1966-11-03/1967-10-09', date_earliest = date '1966-11-03', date_latest = date '1967-10-09'
 where slug = 'guevara-in-bolivia';
delete from citation where date_entry_id = (select id from entry where slug = 'guevara-in-bolivia');
insert into citation (source_id, locator, date_entry_id) select s.id, null, e.id from source s, entry e where s.slug = 'wikipedia-simple-guerrilla-of-nancahuazu' and e.slug = 'guevara-in-bolivia';
update statement set text = 'The article dates it only to the mid-1960s and gives no closer date. The date shown for this entry is the one another work gives (see the note).'
 where statement_key = 'campaign-date';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'campaign-date-note', entry_id, id, 'PRECISION',
       'Simple English Wikipedia, “Guerrilla of Ñancahuazú”, dates Guevara''s guerrilla war in Bolivia from 3 November 1966 to 9 October 1967, the date shown for this entry.', 1 from statement where statement_key = 'campaign-date';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-simple-guerrilla-of-nancahuazu' and n.note_key = 'campaign-date-note';

-- Kind: precision the source does not give. Section [The alliance of revolutionary groups (JCR)],
-- paragraph 2: "As early as October of 1972, the various groups had begun discussing working
-- together". The summary read that as "from October 1972", and the date (1972-10/, "from October
-- 1972") rested on it alone; the article gives neither the start nor the end. John Dinges dates the
-- first meeting to October 1972, and a MIR-OTR paper the founding meeting to early November 1972 (corroboration-more.md
-- section 2, "The MIR's 'facility deep in the Andes' and training"); the end is the disputed date of
-- the alliance (corroboration.md, "Naming of the JCR"), so it stays unknown. The date now cites
-- Dinges too, a statement says what the article does not give, and a note gives both works.
update entry set summary = 'Discussions among the MIR, the Tupamaros, the ERP and the ELN about working together, under way, according to the article, as early as October 1972.'
 where slug = 'alliance-talks';
insert into citation (source_id, locator, date_entry_id) select s.id, 'chapter on the JCR', e.id from source s, entry e where s.slug = 'dinges-the-condor-years' and e.slug = 'alliance-talks';
insert into statement (statement_key, entry_id, text, position) select 'talks-dates', id,
       'The article says only that the talks had begun as early as October 1972; it does not say when they began or when they ended.', 3 from entry where slug = 'alliance-talks';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'alliance-talks' and s.statement_key = 'talks-dates';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'talks-dates-note', entry_id, id, 'DISAGREEMENT',
       'John Dinges, The Condor Years (2004), writes that the MIR, the ERP and the Tupamaros first met in Chile in October 1972, the start of the date shown for this entry; that the Bolivian ELN joined at a meeting in Argentina in June 1973; and that the four groups approved a formal alliance in August 1973, before the coup, where the article places it after. A paper of the Frente Único MIR-OTR, “Nace la Junta de Coordinación Revolucionaria” (A Vencer, November 2014), places the founding meeting in early November 1972, at a safe house in Santiago. The end of the talks is shown as unknown.', 1 from statement where statement_key = 'talks-dates';
insert into citation (source_id, locator, note_id) select s.id, 'chapter on the JCR', n.id from source s, editorial_note n where s.slug = 'dinges-the-condor-years' and n.note_key = 'talks-dates-note';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'a-vencer-nace-la-junta-de-coordinacion-revolucionaria' and n.note_key = 'talks-dates-note';

-- Kind: precision the source does not give ("end unknown" where the end is known). Section
-- "Introduction", paragraph 1: the MIR fought "the Chilean government, at that time led by Dictator
-- Augusto Pinochet". His leadership was dated 1973-09-11/ ("from 11 September 1973 (end
-- unknown)"); the article does not give the end, but other works do: he handed the presidency to
-- the elected Patricio Aylwin on 11 March 1990 (corroboration-more.md section 2, "End of Pinochet's
-- rule"). The relation takes that end, cited to the Associated Press, and a note says so on both
-- pages that show it.
update relation set date_edtf = '1973-09-11/1990-03-11', date_latest = date '1990-03-11'
 where relation_key = 'pinochet-dictator';
insert into citation (source_id, locator, relation_id) select s.id, null, r.id from source s, relation r where s.slug = 'ap-key-events-in-recent-chilean-history' and r.relation_key = 'pinochet-dictator';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'pinochet-end-note', entry_id, id, 'PRECISION',
       'The article does not say when his rule ended. The Associated Press, “Key Events in Recent Chilean History” (11 March 1990), records that he handed the presidency to the elected Patricio Aylwin on 11 March 1990, the end of his leadership of the government shown below.', 1 from statement where statement_key = 'pinochet-dictator';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'ap-key-events-in-recent-chilean-history' and n.note_key = 'pinochet-end-note';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'government-pinochet-note', entry_id, id, 'PRECISION',
       'The article does not say when Pinochet''s rule ended. The Associated Press, “Key Events in Recent Chilean History” (11 March 1990), records that he handed the presidency to the elected Patricio Aylwin on 11 March 1990, the end of his leadership shown below.', 1 from statement where statement_key = 'government-pinochet';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'ap-key-events-in-recent-chilean-history' and n.note_key = 'government-pinochet-note';

-- Kind: precision the source does not give. Section "The MIR and Allende", paragraph 1: "In 1970,
-- ... Allende was elected President of Chile and immediately began reforms". The reforms were
-- dated 1970, as if they had happened in that year (the copper note beside them dates one to July
-- 1971); the article gives only their start. They are now dated as his government is, from 1970 to
-- the coup that ended it (section "The MIR and Allende", paragraph 3), which the date now cites.
update entry set date_edtf = '1970/1973-09-11', date_earliest = date '1970-01-01', date_latest = date '1973-09-11'
 where slug = 'allende-reforms';
insert into citation (source_id, quotation_id, date_entry_id) select q.source_id, q.id, e.id from quotation q, entry e where q.quote_key = 'coup' and e.slug = 'allende-reforms';

-- =============================================================================================
-- F. Disputed claims: attributed, with their note, wherever they appear
-- =============================================================================================
-- Where the MIR's founders came from (corroboration.md, "Where the MIR's founders came from";
-- section "Beginnings of the MIR", paragraph 1: "founded in 1965 by a union of leftist student
-- groups, primarily in Santiago"). Kind: a disputed claim stated without attribution on the MIR's
-- and the founding's pages, and on Santiago's without attribution or note; the founding's summary
-- and the relation's role ("founded primarily in") carried it too.
update statement set text = 'According to the article, it was founded in 1965 by a union of leftist student groups, primarily in Santiago.'
 where statement_key = 'mir-founded';
update statement set text = 'According to the article, the MIR was founded in 1965 by a union of leftist student groups, primarily in Santiago.'
 where statement_key = 'founding-union';
update statement set text = 'According to the article, the MIR was founded by a union of leftist student groups, primarily in Santiago.'
 where statement_key = 'santiago-founding';
update entry set summary = 'The foundation of the MIR in 1965, according to the article by a union of leftist student groups, primarily in Santiago.'
 where slug = 'founding-of-the-mir';
update relation set role = 'founded there' where relation_key = 'mir-based-in-santiago';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'santiago-founding-note', entry_id, id, 'DISAGREEMENT',
       'Spanish Wikipedia, “Movimiento de Izquierda Revolucionaria (Chile)”, and English Wikipedia, “Revolutionary Left Movement (Chile)”, place the founding congress in Santiago on 14–15 August 1965, but trace the core of the MIR to students at the University of Concepción rather than Santiago, joined by trade unionists such as Clotario Blest and by Trotskyist groups.', 1 from statement where statement_key = 'santiago-founding';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-es-movimiento-de-izquierda-revolucionaria-chile' and n.note_key = 'santiago-founding-note';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-revolutionary-left-movement-chile' and n.note_key = 'santiago-founding-note';

-- Whether the MIR still exists (corroboration.md, "The MIR today"; section "Introduction",
-- paragraph 1: "is a Chilean insurgent group"). Kind: a disputed claim stated as the archive's own:
-- Chile's page said the MIR "is" an insurgent group, which other works contradict.
update statement set text = 'The article describes the MIR as a Chilean insurgent group.'
 where statement_key = 'chile-mir';

-- Carlos Prats's command and the date he left it (corroboration.md, "Carlos Prats leaves command";
-- section "The MIR and Allende", paragraph 3: "In early September, 1973, General Carlos Prats, head
-- of Chile's armed forces ... stepped down"). Kind: a disputed claim noted in one place only. Prats's
-- page noted the date but not the command beside "head of Chile's armed forces"; the armed forces'
-- and the coup's pages carried the claim with no note; the relation shown on both Prats's and the
-- armed forces' pages gave him the role "head" as a fact (the page cannot set a note beside a
-- relation or a date: the role now says whose claim it is, and the notes say that the dates and
-- the connection shown follow the article).
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'prats-head-note', entry_id, id, 'DISAGREEMENT',
       'English Wikipedia, “Carlos Prats”, records that he was commander-in-chief of the Army, not head of all the armed forces.', 2 from statement where statement_key = 'prats-head';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-carlos-prats' and n.note_key = 'prats-head-note';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'armed-forces-prats-note', entry_id, id, 'DISAGREEMENT',
       'English Wikipedia, “Carlos Prats”, records that Prats was commander-in-chief of the Army, not head of all the armed forces, and that he resigned on 23 August 1973. His connection to the armed forces shown below, as their head until September 1973, follows the article.', 1 from statement where statement_key = 'armed-forces-prats';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-carlos-prats' and n.note_key = 'armed-forces-prats-note';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'coup-prats-note', entry_id, id, 'DISAGREEMENT',
       'English Wikipedia, “Carlos Prats”, dates his resignation, as commander-in-chief of the Army rather than head of all the armed forces, to 23 August 1973.', 1 from statement where statement_key = 'coup-prats';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-carlos-prats' and n.note_key = 'coup-prats-note';
update relation set role = 'head, according to the article' where relation_key = 'prats-heads-armed-forces';

-- The naming of the JCR (corroboration.md, "Naming of the JCR"; section [The alliance of
-- revolutionary groups (JCR)], paragraph 3: "At a meeting in Buenos Aires, it was decided to name
-- the group JCR"). Kind: a disputed claim noted in one place only: Buenos Aires's page carried it
-- with no note.
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'buenos-aires-jcr-note', entry_id, id, 'DISAGREEMENT',
       'John Dinges, The Condor Years (2004), dates the agreement on the alliance and its name to August 1973, before the coup, and a summit in Buenos Aires in November 1973 at which joint action began; the Bolivian ELN had joined in June 1973.', 1 from statement where statement_key = 'buenos-aires-jcr';
insert into citation (source_id, locator, note_id) select s.id, 'chapter on the JCR', n.id from source s, editorial_note n where s.slug = 'dinges-the-condor-years' and n.note_key = 'buenos-aires-jcr-note';

-- Allende's reforms (corroboration-more.md section 2, "Land reform" and "Education and health";
-- section "The MIR and Allende", paragraph 1: "immediately began reforms, including nationalization
-- of key industries (such as copper mining), taking over education and health care and beginning
-- work on a land reform plan"). Kind: a disputed claim stated as the archive's own, with no note:
-- land reform began under Frei's law of 1967, which Allende's government continued; no work read
-- says his government took over education or health care, a national health service existed from
-- 1952 and the school plan (the ENU) was never put into practice. Both statements that carry the
-- claim are attributed and have the note.
update statement set text = 'According to the article, he immediately began reforms, among them the nationalization of key industries such as copper mining, taking over education and health care, and beginning work on a land reform plan.'
 where statement_key = 'allende-reforms';
update statement set text = 'According to the article, Salvador Allende immediately began reforms on his election in 1970: the nationalization of key industries such as copper mining, taking over education and health care, and beginning work on a land reform plan.'
 where statement_key = 'reforms-list';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'allende-reforms-note', entry_id, id, 'DISAGREEMENT',
       'Land reform did not begin with Allende: English Wikipedia, “Chilean land reform”, records that the Agrarian Reform Law, No. 16.640, was enacted under President Eduardo Frei in 1967, and that Allende''s Popular Unity government continued the reform under it and sped it up. None of the works the archive has read says that his government took over education or health care: Chile''s national health service, the Servicio Nacional de Salud, had been created in 1952 by Ley 10.383, and his government''s plan for a single national school system, the Escuela Nacional Unificada, made public in 1973, was never put into practice (Memoria Chilena, “Escuela Nacional Unificada (ENU)”).', 1 from statement where statement_key = 'allende-reforms';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'reforms-list-note', entry_id, id, 'DISAGREEMENT',
       'Land reform did not begin with Allende: English Wikipedia, “Chilean land reform”, records that the Agrarian Reform Law, No. 16.640, was enacted under President Eduardo Frei in 1967, and that Allende''s Popular Unity government continued the reform under it and sped it up. None of the works the archive has read says that his government took over education or health care: Chile''s national health service, the Servicio Nacional de Salud, had been created in 1952 by Ley 10.383, and his government''s plan for a single national school system, the Escuela Nacional Unificada, made public in 1973, was never put into practice (Memoria Chilena, “Escuela Nacional Unificada (ENU)”).', 2 from statement where statement_key = 'reforms-list';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-chilean-land-reform' and n.note_key in ('allende-reforms-note', 'reforms-list-note');
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'ley-10383' and n.note_key in ('allende-reforms-note', 'reforms-list-note');
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'memoria-chilena-escuela-nacional-unificada' and n.note_key in ('allende-reforms-note', 'reforms-list-note');

-- =============================================================================================
-- G. Vague attribution: every note names the works it cites
-- =============================================================================================
-- Kind: vague attribution. Every note that said "Other works ..." now names its work as it is
-- cited (corroboration.md's "where read"). Where the note also said more or other than its works,
-- that is said beside it. Notes beside disputed dates now also say that the date shown follows
-- the article, since the page cannot set a note beside a date line.
update editorial_note set text = 'Spanish Wikipedia, “Movimiento de Izquierda Revolucionaria (Chile)”, and English Wikipedia, “Revolutionary Left Movement (Chile)”, place the founding congress in Santiago on 14–15 August 1965, but trace the core of the MIR to students at the University of Concepción rather than Santiago, joined by trade unionists such as Clotario Blest and by Trotskyist groups.'
 where note_key in ('mir-founders-origin', 'founding-note');
-- Memoria Chilena's page on the MIR; the MIR's date, "from 1965 onwards", rests on the disputed
-- "still exists today" (the date is cited to that passage).
update editorial_note set text = 'Memoria Chilena, the National Library of Chile''s site, records in its page on the MIR that the MIR split in 1986 and that its factions dissolved around 1990; one successor group renounced armed struggle in 1997 and began collecting signatures to register as a legal party only in 2016. The date shown for the MIR, from 1965 onwards, follows the article.'
 where note_key = 'mir-today-note';
update editorial_note set text = 'The article says nothing more about him. The Vicaría de la Solidaridad''s record of his case, published by Memoria Viva as “Van Schouwen Vasey Bautista”, gives his birth date as 3 April 1943 and describes him as a surgeon and a member of the MIR''s central committee, detained in Santiago on 13 December 1973 and since disappeared.'
 where note_key = 'van-schouwen-note';
update editorial_note set text = 'English Wikipedia''s article on him, “Marcello Ferrada de Noli”, gives his name as Marcello Ferrada de Noli.'
 where note_key = 'ferrada-noli-name-note';
update editorial_note set text = 'English Wikipedia, “Marcello Ferrada de Noli”, dates his imprisonment to 1973, when he was held on Quiriquina Island, and places him in exile by 1974: on 3 April 1974 he testified before the Russell Tribunal in Rome. He later settled in Sweden, where he became a professor at the Karolinska Institute. The dates 1973–1975 shown for his imprisonment follow the article.'
 where note_key = 'ferrada-noli-imprisoned-note';
update editorial_note set text = 'English Wikipedia, “Marcello Ferrada de Noli”, dates his imprisonment to 1973, when he was held on Quiriquina Island, and places him in exile by 1974: on 3 April 1974 he testified before the Russell Tribunal in Rome. The dates 1973–1975 shown for this entry follow the article.'
 where note_key = 'prison-note';
update editorial_note set text = 'Spanish Wikipedia, “Miguel Enríquez”, adds that he was born in Talcahuano on 27 March 1944, that he was a physician, that he became General Secretary of the MIR in 1967, and that he was killed in a DINA operation in San Miguel, Santiago, on 5 October 1974.'
 where note_key = 'enriquez-note';
update editorial_note set text = 'The article does not say how he died. Spanish Wikipedia, “Miguel Enríquez”, records that he was killed in a DINA operation in San Miguel, Santiago, on 5 October 1974.'
 where note_key = 'death-enriquez-note';
update editorial_note set text = 'English Wikipedia, “Andrés Pascal Allende”, adds that he was born in 1943, the son of Salvador Allende''s sister Laura Allende, and that he led the MIR after the death of Miguel Enríquez, as its secretary general from 1974 to 1986.'
 where note_key = 'pascal-allende-note';
update editorial_note set text = 'English Wikipedia, “Carlos Prats”, records that Prats resigned on 23 August 1973, and that he commanded the Army, as its commander-in-chief, rather than all the armed forces; he recommended Pinochet as his successor. He and his wife were killed by a car bomb in Buenos Aires on 30 September 1974, an attack attributed to DINA. The date shown for his stepping down, September 1973, and his connection to the armed forces as their head follow the article.'
 where note_key = 'prats-note';
update editorial_note set text = 'English Wikipedia, “Carlos Prats”, dates his resignation to 23 August 1973 and describes it as his resignation as commander-in-chief of the Army, not of all the armed forces; he recommended Pinochet as his successor. The date shown for this event, September 1973, follows the article.'
 where note_key = 'resignation-note';
update editorial_note set text = 'English Wikipedia, “Mario Roberto Santucho”, gives his full name as Mario Roberto Santucho, born on 12 August 1936, and records that he was killed on 19 July 1976 in Villa Martelli, in the province of Buenos Aires.'
 where note_key = 'santucho-note';
update editorial_note set text = 'The article does not date it. The Rettig Report (Informe de la Comisión Nacional de Verdad y Reconciliación, 1991) and Spanish Wikipedia, “Dirección de Inteligencia Nacional”, record that DINA was working from late 1973 and was formally created by Decree-Law 521 of 14 June 1974.'
 where note_key = 'creation-dina-note';

-- Vague attribution, and a clause beyond the works: the notes on DINA and Contreras gave him the
-- rank of "lieutenant colonel", which corroboration-more.md (section 2, "Manuel Contreras: rank")
-- could not confirm in any work: the pages it found call him a colonel, as the article does.
update editorial_note set text = 'The Rettig Report (Informe de la Comisión Nacional de Verdad y Reconciliación, 1991) and Spanish Wikipedia, “Dirección de Inteligencia Nacional”, record that DINA was working from late 1973, was formally created by Decree-Law 521 of 14 June 1974, was led by Manuel Contreras and was replaced by the Central Nacional de Informaciones (CNI) in 1977.'
 where note_key = 'dina-note';
update editorial_note set text = 'The Rettig Report (Informe de la Comisión Nacional de Verdad y Reconciliación, 1991) and Spanish Wikipedia, “Dirección de Inteligencia Nacional”, name him as the head of DINA.'
 where note_key = 'contreras-note';

-- Vague attribution, and a clause beyond the work: "the alliance was announced publicly in early
-- 1974" could not be confirmed (corroboration-more.md section 2, "JCR public launch": one source
-- dates the first public communiqué to 1 November 1974); it is left out.
update editorial_note set text = 'John Dinges, The Condor Years (2004), dates the agreement on the alliance and its name to August 1973, before the coup, and a summit in Buenos Aires in November 1973 at which joint action began; the Bolivian ELN had joined in June 1973.'
 where note_key in ('jcr-founding-note', 'jcr-note');

-- Vague attribution, and precision the works do not give: "Other works identify the stadium as the
-- National Stadium" (section "The MIR and Pinochet", paragraph 1: "concentration camps in the
-- stadium"). The works document the National Stadium as a detention centre; none says which stadium
-- the article means, and Santiago had more than one used as a camp (corroboration-more.md section
-- 2, "'concentration camps in the stadium'"). The Memoria Chilena citation is withdrawn (part A).
update editorial_note set text = 'The article does not say which stadium it means; the archive files it under the National Stadium in Santiago. Spanish Wikipedia, “Centro de detención Estadio Nacional de Chile”, records that the National Stadium was used as a detention centre from 12 September to 9 November 1973, when thousands of people were held there.'
 where note_key = 'terror-stadium-note';
update editorial_note set text = 'The article speaks only of "the stadium" and does not say which one it means; the archive files it here. Spanish Wikipedia, “Centro de detención Estadio Nacional de Chile”, records that the National Stadium in Santiago was used as a detention centre from 12 September to 9 November 1973, when thousands of people were held there.'
 where note_key = 'stadium-note';
delete from citation
 where source_id = (select id from source where slug = 'memoria-chilena-mir')
   and note_id in (select id from editorial_note where note_key in ('terror-stadium-note', 'stadium-note'));

-- =============================================================================================
-- H. When the changed pages last changed
-- =============================================================================================
-- Every work's record changed above (or the work is new). Every entry whose page shows a changed
-- summary, statement, note, relation role or date, or an event's changed date in a relation line,
-- or a changed work's title in its references.
update source set last_changed = timestamp with time zone '2026-12-06 00:00:00+00:00';
update entry set last_changed = timestamp with time zone '2026-12-06 00:00:00+00:00'
 where slug in ('mir', 'augusto-pinochet', 'bautista-van-schouwen', 'marcello-ferrada-noli', 'miguel-enriquez',
                'salvador-allende', 'chilean-government', 'founding-of-the-mir', 'santiago', 'cuban-revolution',
                'death-of-miguel-enriquez', 'chile', 'allende-reforms', 'andres-pascal-allende',
                'mir-contacts-in-the-armed-forces', 'chilean-armed-forces', 'chilean-army',
                'purge-of-officers-contacted-by-the-mir', 'carlos-prats', 'carlos-prats-steps-down',
                'coup-of-11-september-1973', 'mass-arrests-after-the-coup', 'national-stadium',
                'reorganisation-of-the-army', 'creation-of-dina', 'dina', 'manuel-contreras', 'tupamaros', 'erp',
                'eln', 'bolivia', 'che-guevara', 'guevara-in-bolivia', 'alliance-talks', 'andes-mountains',
                'founding-of-the-jcr', 'buenos-aires', 'jcr', 'mario-santucho', 'imprisonment-of-marcello-ferrada-noli');
