-- The works the archive cites, and the verbatim passages it quotes from the seed article.
-- Bibliographic data: ../shared/source/README.md; other works: ../shared/source/corroboration.md.
-- Only short passages are stored (one sentence, or the part of one that supports a claim):
-- the archive quotes the article, it does not republish it.

-- The seed article -----------------------------------------------------------------------
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('chiles-mir-the-revolutionary-left-movement', 'ARTICLE',
        'Chile''s MIR: The Revolutionary Left Movement',
        'Urban Guerrillas Declare War on the Pinochet Dictatorship',
        'Christopher Minster', 'About.com: Latin American History', 'About.com', '2014', null,
        'A short popular overview of the MIR from its founding in 1965 to the repression under Pinochet; the archive''s seed source.',
        true, 1);

insert into source_note (source_id, kind, text, position)
select id, 'AUTHOR', 'The captured About.com page carries no byline; the same text, republished by ThoughtCo, is credited to Christopher Minster.', 1 from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into source_note (source_id, kind, text, position)
select id, 'DATE', '2014 is the copyright year in the page footer; the date of first publication is not known.', 2 from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into source_note (source_id, kind, text, position)
select id, 'PART', 'Page 1 of a two-page article. Page 2, on the loss and exile of much of the MIR''s leadership, was not captured and is not cited here.', 3 from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into source_note (source_id, kind, text, position)
select id, 'REPUBLISHED', 'Republished by ThoughtCo on 14 March 2016, https://www.thoughtco.com/chiles-mir-the-revolutionary-left-movement-2136598.', 4 from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into source_note (source_id, kind, text, position)
select id, 'IMAGE', 'Illustrated with a photograph of Bautista Van Schouwen, Marcello Ferrada-Noli and Miguel Enriquez in their college days, courtesy of Marcello Ferrada-Noli; the image file itself was not captured.', 5 from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into source_note (source_id, kind, text, position)
select id, 'CAPTURE', 'Captured from the web. Two lines of site navigation above the title were dropped; the headings of the last two sections were lost, so the archive supplies descriptive headings for them, shown in square brackets.', 6 from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into source_note (source_id, kind, text, position)
select id, 'RIGHTS', '© 2014 About.com. All rights reserved. The archive quotes short passages beside the statements they support and does not republish the text.', 7 from source where slug = 'chiles-mir-the-revolutionary-left-movement';

insert into source_section (source_id, section_no, heading, supplied) select id, 0, 'Title and photograph caption', true from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into source_section (source_id, section_no, heading, supplied) select id, 1, 'Introduction', true from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into source_section (source_id, section_no, heading, supplied) select id, 2, 'Beginnings of the MIR', false from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into source_section (source_id, section_no, heading, supplied) select id, 3, 'The MIR and Allende', false from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into source_section (source_id, section_no, heading, supplied) select id, 4, 'The MIR and Pinochet', false from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into source_section (source_id, section_no, heading, supplied) select id, 5, 'The alliance of revolutionary groups (JCR)', true from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into source_section (source_id, section_no, heading, supplied) select id, 6, 'The MIR under repression', true from source where slug = 'chiles-mir-the-revolutionary-left-movement';

-- The photograph the article carries -------------------------------------------------------
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('photograph-van-schouwen-ferrada-noli-enriquez', 'PHOTOGRAPH',
        'Bautista Van Schouwen, Marcello Ferrada-Noli and Miguel Enriquez in their college days',
        null, null, 'Chile''s MIR: The Revolutionary Left Movement', 'About.com', null, null,
        'Photograph of three of the MIR''s early members as students, published with the seed article; known here only from its caption.',
        true, 2);
insert into source_note (source_id, kind, text, position)
select id, 'CREDIT', 'Courtesy of Marcello Ferrada-Noli, according to the credit line under the caption.', 1 from source where slug = 'photograph-van-schouwen-ferrada-noli-enriquez';
insert into source_note (source_id, kind, text, position)
select id, 'CAPTURE', 'The image file was not captured with the article; the archive holds only its caption and credit line. The date of the photograph is not given.', 2 from source where slug = 'photograph-van-schouwen-ferrada-noli-enriquez';
insert into source_section (source_id, section_no, heading, supplied) select id, 1, 'Caption and credit line', true from source where slug = 'photograph-van-schouwen-ferrada-noli-enriquez';

-- Works cited by editorial notes (read in excerpts: cited, never quoted) --------------------
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('wikipedia-carlos-prats', 'ENCYCLOPEDIA_ARTICLE', 'Carlos Prats', null, null, 'Wikipedia (English)', 'Wikimedia Foundation', null,
        'https://en.wikipedia.org/wiki/Carlos_Prats',
        'Encyclopedia article on General Carlos Prats; cited for the date and nature of his resignation and for his assassination.', false, 3);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('wikipedia-marcello-ferrada-de-noli', 'ENCYCLOPEDIA_ARTICLE', 'Marcello Ferrada de Noli', null, null, 'Wikipedia (English)', 'Wikimedia Foundation', null,
        'https://en.wikipedia.org/wiki/Marcello_Ferrada_de_Noli',
        'Encyclopedia article on Marcello Ferrada de Noli; cited for his imprisonment, exile and later career.', false, 4);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('dinges-the-condor-years', 'BOOK', 'The Condor Years', null, 'John Dinges', null, 'The New Press', '2004', null,
        'History of Operation Condor and the Southern Cone dictatorships; cited for the founding of the JCR.', false, 5);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('wikipedia-es-movimiento-de-izquierda-revolucionaria-chile', 'ENCYCLOPEDIA_ARTICLE', 'Movimiento de Izquierda Revolucionaria (Chile)', null, null, 'Wikipedia (Spanish)', 'Wikimedia Foundation', null,
        'https://es.wikipedia.org/wiki/Movimiento_de_Izquierda_Revolucionaria_(Chile)',
        'Spanish-language encyclopedia article on the MIR; cited for its founding congress and the origins of its founders.', false, 6);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('wikipedia-revolutionary-left-movement-chile', 'ENCYCLOPEDIA_ARTICLE', 'Revolutionary Left Movement (Chile)', null, null, 'Wikipedia (English)', 'Wikimedia Foundation', null,
        'https://en.wikipedia.org/wiki/Revolutionary_Left_Movement_(Chile)',
        'English-language encyclopedia article on the MIR; cited for the origins of its founders.', false, 7);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('memoria-chilena-mir', 'WEB_PAGE', 'Movimiento de Izquierda Revolucionaria (MIR)', null, null, 'Memoria Chilena', 'Biblioteca Nacional de Chile', null,
        'https://www.memoriachilena.gob.cl',
        'The National Library of Chile''s article on the MIR; cited for the MIR''s later history and for the National Stadium.', false, 8);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('wikipedia-es-miguel-enriquez', 'ENCYCLOPEDIA_ARTICLE', 'Miguel Enríquez', null, null, 'Wikipedia (Spanish)', 'Wikimedia Foundation', null,
        'https://es.wikipedia.org/wiki/Miguel_Enr%C3%ADquez',
        'Spanish-language encyclopedia article on Miguel Enríquez; cited for his birth, career and death.', false, 9);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('memoria-viva-bautista-van-schouwen', 'WEB_PAGE', 'Bautista van Schouwen', null, 'Vicaría de la Solidaridad', 'Memoria Viva', null, null,
        'https://www.memoriaviva.com',
        'Record of the Vicaría de la Solidaridad on Bautista van Schouwen, as kept by Memoria Viva; cited for his detention and disappearance.', false, 10);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('wikipedia-andres-pascal-allende', 'ENCYCLOPEDIA_ARTICLE', 'Andrés Pascal Allende', null, null, 'Wikipedia (English)', 'Wikimedia Foundation', null,
        'https://en.wikipedia.org/wiki/Andr%C3%A9s_Pascal_Allende',
        'Encyclopedia article on Andrés Pascal Allende; cited for his family and his leadership of the MIR after 1974.', false, 11);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('ley-17450', 'LAW', 'Ley 17.450', null, null, null, 'Biblioteca del Congreso Nacional de Chile', '1971-07', null,
        'The constitutional amendment of July 1971 by which Chile nationalised its copper mines.', false, 12);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('rettig-report', 'REPORT', 'Informe de la Comisión Nacional de Verdad y Reconciliación', null, 'Comisión Nacional de Verdad y Reconciliación', null, null, null, null,
        'The Rettig Report, Chile''s national truth commission report; cited for the creation and leadership of DINA.', false, 13);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('wikipedia-es-direccion-de-inteligencia-nacional', 'ENCYCLOPEDIA_ARTICLE', 'Dirección de Inteligencia Nacional', null, null, 'Wikipedia (Spanish)', 'Wikimedia Foundation', null,
        'https://es.wikipedia.org/wiki/Direcci%C3%B3n_de_Inteligencia_Nacional',
        'Spanish-language encyclopedia article on DINA; cited for its creation, leadership and replacement.', false, 14);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('wikipedia-es-estadio-nacional-centro-de-detencion', 'ENCYCLOPEDIA_ARTICLE', 'Centro de detención Estadio Nacional de Chile', null, null, 'Wikipedia (Spanish)', 'Wikimedia Foundation', null,
        'https://es.wikipedia.org/wiki/Centro_de_detenci%C3%B3n_Estadio_Nacional_de_Chile',
        'Spanish-language encyclopedia article on the National Stadium as a detention centre in 1973.', false, 15);
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position)
values ('wikipedia-mario-roberto-santucho', 'ENCYCLOPEDIA_ARTICLE', 'Mario Roberto Santucho', null, null, 'Wikipedia (English)', 'Wikimedia Foundation', null,
        'https://en.wikipedia.org/wiki/Mario_Roberto_Santucho',
        'Encyclopedia article on Mario Roberto Santucho; cited for his full name, birth and death.', false, 16);

-- Quotations from the article, in the article's order -------------------------------------
-- section 0: title and photograph caption
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'title', id, 0, 1, 'Chile''s MIR: The Revolutionary Left Movement' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'subtitle', id, 0, 2, 'Urban Guerrillas Declare War on the Pinochet Dictatorship' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'caption', id, 1, 1, 'Bautista Van Schouwen, Marcello Ferrada-Noli and Miguel Enriquez in their college days' from source where slug = 'photograph-van-schouwen-ferrada-noli-enriquez';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'photo-credit', id, 1, 2, 'Photo courtesy of Marcello Ferrada-Noli' from source where slug = 'photograph-van-schouwen-ferrada-noli-enriquez';
-- section 1: introduction
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'mir-defined', id, 1, 1, 'The MIR (Movimiento de Izquierda Revolucionaria, or Movement of the Revolutionary Left) is a Chilean insurgent group that was formed in the mid 1960''s.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'mir-against-pinochet', id, 1, 1, 'During the 1970''s, after the fall of President Salvador Allende, it actively attempted to overthrow the Chilean government, at that time led by Dictator Augusto Pinochet.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'mir-no-longer-threat', id, 1, 1, 'After several key leaders were captured and/or killed, the MIR ceased being a legitimate threat to the Chilean government.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'mir-today', id, 1, 1, 'It still exists today as a political party: it has renounced violence and terrorism and is instead seeking change through political action.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
-- section 2: Beginnings of the MIR
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'mir-founded', id, 2, 1, 'The MIR was founded in 1965 by a union of leftist student groups, primarily in Santiago.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'cuban-inspiration', id, 2, 1, 'They primarily took their inspiration from the Cuban Revolution, which they hoped to replicate in Chile.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'mir-support', id, 2, 1, 'They soon found some support in Santiago''s poor and working-class neighborhoods and among unions.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'enriquez-leader', id, 2, 1, 'The most important leader was the charismatic Miguel Enríquez (1944-1974), a tireless, idealistic doctor who served as the MIR''s General Secretary until his death in 1974.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
-- section 3: The MIR and Allende
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'allende-elected', id, 3, 1, 'In 1970, Socialist politician Salvador Allende was elected President of Chile' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'allende-reforms', id, 3, 1, 'immediately began reforms, including nationalization of key industries (such as copper mining), taking over education and health care and beginning work on a land reform plan' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'pascal-allende-nephew', id, 3, 1, 'There was a personal connection between Salvador Allende and the MIR: his nephew, Andrés Pascal Allende, was one of the MIR''s young leaders.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'mir-supported-allende', id, 3, 1, 'The MIR supported Allende, but felt that he was too centrist and that his reforms, while a good start, did not go far enough.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'mir-contacts', id, 3, 2, 'When it became apparent that the military was likely to overthrow Allende, the MIR began an active program of making contacts within the armed forces.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'mir-contacts-plan', id, 3, 2, 'Their plan was to convince junior officers of the need to support the civilian government' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'officers-horrified', id, 3, 3, 'Chile''s top army officers learned of the plan and were horrified: their worst nightmare was a divided army, which could lead to an all-out civil war.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'officers-weeded-out', id, 3, 3, 'They made efforts to identify those young officers and soldiers who had been contacted by the MIR and weed them out: they also increased their pressure on Allende.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'prats-steps-down', id, 3, 3, 'In early September, 1973, General Carlos Prats, head of Chile''s armed forces and a supporter of democracy, stepped down, knowing that his departure would speed up the coup d''etat.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'coup', id, 3, 3, 'On September 11, 1973, General Augusto Pinochet led a coup against Allende that ended with the President committing suicide inside the presidential palace.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
-- section 4: The MIR and Pinochet
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'struck-too-hard', id, 4, 1, 'Pinochet had struck too hard and too fast for the MIR: sympathetic army officers had been rooted out and the army quickly moved to take the streets of Santiago.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'wave-of-terror', id, 4, 1, 'A wave of terror spread over the city: the military arrested anyone even remotely suspected of being a communist or an insurgent, setting up concentration camps in the stadium and all over the city.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'thousands-rounded-up', id, 4, 1, 'Thousands were rounded up: many were killed.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'mir-underground', id, 4, 1, 'The MIR decided not to face the mighty Chilean army directly, but rather go underground and wait for the perfect time to strike.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'leaders-fled', id, 4, 1, 'Many of the leaders of the organization fled abroad.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'urban-war', id, 4, 2, 'Meanwhile, Pinochet began modifying the army to fight an urban war against its own citizens, enlisting the help of nations like the United States and Brazil.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'dina-created', id, 4, 2, 'He created the Dirección de Inteligencia Nacional (National Intelligence Directorate), which soon became known as DINA.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'contreras-in-charge', id, 4, 2, 'He placed a ruthless colonel named Manuel Contreras in charge of rooting out the MIR and other insurgents.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
-- section 5: the alliance of revolutionary groups (heading lost in capture)
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'cuban-imitations', id, 5, 1, 'The Cuban Revolution had spawned many attempts at imitation, not only Chile''s MIR.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'tupamaros', id, 5, 1, 'There were several groups in South America who had similar goals and beliefs, including the Tupamaros in Uruguay' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'erp', id, 5, 1, 'the Ejército Revolucionario del Pueblo ("People''s Revolutionary Army," known as ERP) in Argentina' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'eln', id, 5, 1, 'the Bolivian ELN (Ejército de Liberación Nacional, or "National Liberation Army," several of whose leaders had fought alongside Ché Guevara in Bolivia in the mid-1960''s)' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'alliance-talks', id, 5, 2, 'As early as October of 1972, the various groups had begun discussing working together, pooling resources, information and safehouses.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'alliance-brainchild', id, 5, 2, 'The union of these groups was the brainchild of MIR''s Enríquez, who hosted his fellow revolutionaries in Chile when they came for meetings and military training at the MIR''s facility deep in the Andes Mountains.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'alliance-formalized', id, 5, 3, 'After the fall of Allende, it was decided to formalize the alliance between the four groups.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'jcr-named', id, 5, 3, 'At a meeting in Buenos Aires, it was decided to name the group JCR, or Junta Coordinadora Revolucionaria ("Revolutionary Coordinating Junta").' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'santucho-heads-jcr', id, 5, 3, 'Enríquez himself had remained in Chile: the JCR would be headed by Mario Santucho, leader of Argentina''s ERP.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'jcr-poised', id, 5, 3, 'The JCR seemed poised to take on the Southern Cone dictatorships' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'bolivians-che', id, 5, 3, 'the Bolivians, with their ties to Ché, brought revolutionary credibility' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'erp-money', id, 5, 3, 'the ERP had money from a string of political kidnappings' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'mir-weapons', id, 5, 3, 'the MIR has a clandestine weapons facility' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'tupamaros-urban', id, 5, 3, 'the Tupamaros were experienced urban guerrillas' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
-- section 6: the MIR under repression (heading lost in capture)
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'mir-hit-hard', id, 6, 1, 'The MIR was hit hard by Pinochet''s ruthless tactics.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'mir-members-tortured', id, 6, 1, 'Among the thousands of ordinary Chilean citizens that were detained and tortured (and often killed) were several hundred young men and women with ties to the MIR.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'confessions', id, 6, 1, 'They confessed under torture and gave away names of other members, locations of safe houses, information about attacks, etc.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'leaders-rounded-up', id, 6, 1, 'Many important MIR leaders were rounded up early' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'ferrada-noli-founder', id, 6, 1, 'one such leader was Marcello Ferrada-Noli, one of the founders of the MIR and writer of its mission statement' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'ferrada-noli-imprisoned', id, 6, 1, 'he was locked up from 1973 to 1975 before going into exile' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into quotation (quote_key, source_id, section_no, paragraph_no, text) select 'network-compromised', id, 6, 1, 'Although the MIR had built up a solid network of safe houses, arms dumps and information sharing during the Allende years, it was all quickly and irrevocably compromised during the first few months of the Pinochet era.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
