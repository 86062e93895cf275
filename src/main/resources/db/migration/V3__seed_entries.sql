-- People, organizations, events and places, one block per entry, in the order in which the
-- article first names them. Each block: the entry, its other names, its date, its statements,
-- and the editorial notes beside them, each followed by the citations that support it.
-- Quotation keys refer to V2; the article's own words are only ever in quotation.text.

-- Movimiento de Izquierda Revolucionaria (organization) ----------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('ORGANIZATION', 'mir', 'Movimiento de Izquierda Revolucionaria', 'movimiento de izquierda revolucionaria',
        'Chilean revolutionary organization founded in 1965, which went underground after the 1973 coup to resist the Pinochet dictatorship.',
        '1965/..', date '1965-01-01', null, true, 1);
insert into citation (source_id, quotation_id, date_entry_id) select q.source_id, q.id, e.id from quotation q, entry e where q.quote_key = 'mir-founded' and e.slug = 'mir';
insert into citation (source_id, quotation_id, date_entry_id) select q.source_id, q.id, e.id from quotation q, entry e where q.quote_key = 'mir-today' and e.slug = 'mir';
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'mir-acronym', id, 'ACRONYM', 'MIR', null, 1 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'mir-defined' and n.name_key = 'mir-acronym';
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'mir-english-movement', id, 'TRANSLATION', 'Movement of the Revolutionary Left', 'en', 2 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'mir-defined' and n.name_key = 'mir-english-movement';
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'mir-english-title', id, 'TRANSLATION', 'Revolutionary Left Movement', 'en', 3 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'title' and n.name_key = 'mir-english-title';
insert into statement (statement_key, entry_id, text, position) select 'mir-insurgent-group', id,
       'The article describes the MIR as a Chilean insurgent group formed in the mid-1960s.', 1 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-defined' and s.statement_key = 'mir-insurgent-group';
insert into statement (statement_key, entry_id, text, position) select 'mir-founded', id,
       'It was founded in 1965 by a union of leftist student groups, primarily in Santiago.', 2 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-founded' and s.statement_key = 'mir-founded';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'mir-founders-origin', entry_id, id, 'DISAGREEMENT',
       'Other works place the founding congress in Santiago on 14–15 August 1965, but trace the core of the MIR to students at the University of Concepción rather than Santiago, joined by trade unionists such as Clotario Blest and by Trotskyist groups.', 1 from statement where statement_key = 'mir-founded';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-es-movimiento-de-izquierda-revolucionaria-chile' and n.note_key = 'mir-founders-origin';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-revolutionary-left-movement-chile' and n.note_key = 'mir-founders-origin';
insert into statement (statement_key, entry_id, text, position) select 'mir-cuban-inspiration', id,
       'Its founders took their inspiration from the Cuban Revolution, which they hoped to repeat in Chile.', 3 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'cuban-inspiration' and s.statement_key = 'mir-cuban-inspiration';
insert into statement (statement_key, entry_id, text, position) select 'mir-support', id,
       'It soon found some support in the poor and working-class neighbourhoods of Santiago and among trade unions.', 4 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-support' and s.statement_key = 'mir-support';
insert into statement (statement_key, entry_id, text, position) select 'mir-enriquez', id,
       'Its most important leader was Miguel Enríquez, its General Secretary until his death in 1974.', 5 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'enriquez-leader' and s.statement_key = 'mir-enriquez';
insert into statement (statement_key, entry_id, text, position) select 'mir-and-allende', id,
       'The MIR supported President Salvador Allende but, according to the article, considered him too centrist and his reforms insufficient.', 6 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-supported-allende' and s.statement_key = 'mir-and-allende';
insert into statement (statement_key, entry_id, text, position) select 'mir-contacts', id,
       'When a military coup against Allende appeared likely, the MIR sought contacts within the armed forces, hoping to persuade junior officers to support the civilian government.', 7 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-contacts' and s.statement_key = 'mir-contacts';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-contacts-plan' and s.statement_key = 'mir-contacts';
insert into statement (statement_key, entry_id, text, position) select 'mir-underground', id,
       'After the coup of 11 September 1973 it chose not to confront the army directly but to go underground; many of its leaders fled abroad.', 8 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-underground' and s.statement_key = 'mir-underground';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'leaders-fled' and s.statement_key = 'mir-underground';
insert into statement (statement_key, entry_id, text, position) select 'mir-against-pinochet', id,
       'During the 1970s it attempted to overthrow the government led by Augusto Pinochet.', 9 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-against-pinochet' and s.statement_key = 'mir-against-pinochet';
insert into statement (statement_key, entry_id, text, position) select 'mir-andes', id,
       'It kept a facility deep in the Andes Mountains, where it hosted members of allied groups for meetings and military training, and a clandestine weapons facility.', 10 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'alliance-brainchild' and s.statement_key = 'mir-andes';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-weapons' and s.statement_key = 'mir-andes';
insert into statement (statement_key, entry_id, text, position) select 'mir-repression', id,
       'Several hundred young men and women with ties to the MIR were among the thousands of Chileans detained and tortured, and often killed, under Pinochet.', 11 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-hit-hard' and s.statement_key = 'mir-repression';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-members-tortured' and s.statement_key = 'mir-repression';
insert into statement (statement_key, entry_id, text, position) select 'mir-network', id,
       'Under torture, detainees gave away the names of members, the locations of safe houses and information about attacks; the network built up during the Allende years was compromised within the first few months of the Pinochet era.', 12 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'confessions' and s.statement_key = 'mir-network';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'network-compromised' and s.statement_key = 'mir-network';
insert into statement (statement_key, entry_id, text, position) select 'mir-no-longer-threat', id,
       'After several of its key leaders had been captured or killed, the MIR ceased to be a serious threat to the Chilean government.', 13 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-no-longer-threat' and s.statement_key = 'mir-no-longer-threat';
insert into statement (statement_key, entry_id, text, position) select 'mir-today', id,
       'The article states that the MIR still exists as a political party that has renounced violence and seeks change through political action.', 14 from entry where slug = 'mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-today' and s.statement_key = 'mir-today';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'mir-today-note', entry_id, id, 'DISAGREEMENT',
       'Other works record that the MIR split in 1986 and that its factions dissolved around 1990; one successor group renounced armed struggle in 1997 and began collecting signatures to register as a legal party only in 2016.', 2 from statement where statement_key = 'mir-today';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'memoria-chilena-mir' and n.note_key = 'mir-today-note';

-- Augusto Pinochet (person) --------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PERSON', 'augusto-pinochet', 'Augusto Pinochet', 'pinochet augusto',
        'Chilean general who led the coup of 11 September 1973 and then headed the Chilean government as dictator.',
        null, null, null, true, 2);
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'pinochet-general', id, 'VARIANT', 'General Augusto Pinochet', 'en', 1 from entry where slug = 'augusto-pinochet';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'coup' and n.name_key = 'pinochet-general';
insert into statement (statement_key, entry_id, text, position) select 'pinochet-coup', id,
       'General Augusto Pinochet led the coup against President Salvador Allende on 11 September 1973.', 1 from entry where slug = 'augusto-pinochet';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'coup' and s.statement_key = 'pinochet-coup';
insert into statement (statement_key, entry_id, text, position) select 'pinochet-dictator', id,
       'He then led the Chilean government, which the article describes as a dictatorship.', 2 from entry where slug = 'augusto-pinochet';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-against-pinochet' and s.statement_key = 'pinochet-dictator';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'subtitle' and s.statement_key = 'pinochet-dictator';
insert into statement (statement_key, entry_id, text, position) select 'pinochet-urban-war', id,
       'He reorganised the army to fight an urban war against Chile''s own citizens, enlisting the help of nations such as the United States and Brazil.', 3 from entry where slug = 'augusto-pinochet';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'urban-war' and s.statement_key = 'pinochet-urban-war';
insert into statement (statement_key, entry_id, text, position) select 'pinochet-dina', id,
       'He created the Dirección de Inteligencia Nacional (DINA) and placed Colonel Manuel Contreras in charge of rooting out the MIR and other insurgents.', 4 from entry where slug = 'augusto-pinochet';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'dina-created' and s.statement_key = 'pinochet-dina';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'contreras-in-charge' and s.statement_key = 'pinochet-dina';

-- Bautista Van Schouwen (person) ---------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PERSON', 'bautista-van-schouwen', 'Bautista Van Schouwen', 'van schouwen bautista',
        'Pictured as a student with Marcello Ferrada-Noli and Miguel Enríquez in the photograph published with the article.',
        null, null, null, true, 3);
insert into statement (statement_key, entry_id, text, position) select 'van-schouwen-photograph', id,
       'The photograph published with the article shows Bautista Van Schouwen with Marcello Ferrada-Noli and Miguel Enríquez in their college days.', 1 from entry where slug = 'bautista-van-schouwen';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'caption' and s.statement_key = 'van-schouwen-photograph';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'van-schouwen-note', entry_id, id, 'PRECISION',
       'The article says nothing more about him. A record of the Vicaría de la Solidaridad gives his birth date as 3 April 1943 and describes him as a surgeon and a member of the MIR''s central committee, detained in Santiago on 13 December 1973 and since disappeared.', 1 from statement where statement_key = 'van-schouwen-photograph';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'memoria-viva-bautista-van-schouwen' and n.note_key = 'van-schouwen-note';

-- Marcello Ferrada-Noli (person) ---------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PERSON', 'marcello-ferrada-noli', 'Marcello Ferrada-Noli', 'ferrada noli marcello',
        'One of the founders of the MIR and the writer of its mission statement; imprisoned after the 1973 coup, then exiled.',
        null, null, null, true, 4);
insert into statement (statement_key, entry_id, text, position) select 'ferrada-noli-founder', id,
       'Marcello Ferrada-Noli was one of the founders of the MIR and wrote its mission statement.', 1 from entry where slug = 'marcello-ferrada-noli';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'ferrada-noli-founder' and s.statement_key = 'ferrada-noli-founder';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'ferrada-noli-name-note', entry_id, id, 'PRECISION',
       'Other works give his name as Marcello Ferrada de Noli.', 1 from statement where statement_key = 'ferrada-noli-founder';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-marcello-ferrada-de-noli' and n.note_key = 'ferrada-noli-name-note';
insert into statement (statement_key, entry_id, text, position) select 'ferrada-noli-photograph', id,
       'He supplied the article''s photograph of himself with Bautista Van Schouwen and Miguel Enríquez in their college days.', 2 from entry where slug = 'marcello-ferrada-noli';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'caption' and s.statement_key = 'ferrada-noli-photograph';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'photo-credit' and s.statement_key = 'ferrada-noli-photograph';
insert into statement (statement_key, entry_id, text, position) select 'ferrada-noli-arrested', id,
       'He was one of the important MIR leaders rounded up early in the Pinochet era.', 3 from entry where slug = 'marcello-ferrada-noli';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'leaders-rounded-up' and s.statement_key = 'ferrada-noli-arrested';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'ferrada-noli-founder' and s.statement_key = 'ferrada-noli-arrested';
insert into statement (statement_key, entry_id, text, position) select 'ferrada-noli-imprisoned', id,
       'According to the article, he was held from 1973 to 1975 before going into exile.', 4 from entry where slug = 'marcello-ferrada-noli';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'ferrada-noli-imprisoned' and s.statement_key = 'ferrada-noli-imprisoned';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'ferrada-noli-imprisoned-note', entry_id, id, 'DISAGREEMENT',
       'Other works date his imprisonment to 1973, when he was held on Quiriquina Island, and place him in exile by 1974: on 3 April 1974 he testified before the Russell Tribunal in Rome. He later settled in Sweden, where he became a professor at the Karolinska Institute.', 2 from statement where statement_key = 'ferrada-noli-imprisoned';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-marcello-ferrada-de-noli' and n.note_key = 'ferrada-noli-imprisoned-note';

-- Miguel Enríquez (person) ---------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PERSON', 'miguel-enriquez', 'Miguel Enríquez', 'enriquez miguel',
        'Chilean doctor and the most important leader of the MIR, its General Secretary until his death in 1974.',
        '1944/1974', date '1944-01-01', date '1974-12-31', true, 5);
insert into citation (source_id, quotation_id, date_entry_id) select q.source_id, q.id, e.id from quotation q, entry e where q.quote_key = 'enriquez-leader' and e.slug = 'miguel-enriquez';
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'enriquez-unaccented', id, 'VARIANT', 'Miguel Enriquez', 'en', 1 from entry where slug = 'miguel-enriquez';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'caption' and n.name_key = 'enriquez-unaccented';
insert into statement (statement_key, entry_id, text, position) select 'enriquez-doctor', id,
       'Miguel Enríquez was a doctor, whom the article describes as charismatic, tireless and idealistic.', 1 from entry where slug = 'miguel-enriquez';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'enriquez-leader' and s.statement_key = 'enriquez-doctor';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'enriquez-note', entry_id, id, 'PRECISION',
       'Other works add that he was born in Talcahuano on 27 March 1944, that he was a physician, that he became General Secretary of the MIR in 1967, and that he was killed in a DINA operation in San Miguel, Santiago, on 5 October 1974.', 1 from statement where statement_key = 'enriquez-doctor';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-es-miguel-enriquez' and n.note_key = 'enriquez-note';
insert into statement (statement_key, entry_id, text, position) select 'enriquez-secretary', id,
       'The article calls him the MIR''s most important leader; he was its General Secretary until his death in 1974.', 2 from entry where slug = 'miguel-enriquez';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'enriquez-leader' and s.statement_key = 'enriquez-secretary';
insert into statement (statement_key, entry_id, text, position) select 'enriquez-photograph', id,
       'He appears with Bautista Van Schouwen and Marcello Ferrada-Noli in a photograph of their college days.', 3 from entry where slug = 'miguel-enriquez';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'caption' and s.statement_key = 'enriquez-photograph';
insert into statement (statement_key, entry_id, text, position) select 'enriquez-alliance', id,
       'The alliance of South American revolutionary groups that became the JCR was his idea; he hosted their members in Chile for meetings and military training at the MIR''s facility in the Andes Mountains.', 4 from entry where slug = 'miguel-enriquez';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'alliance-brainchild' and s.statement_key = 'enriquez-alliance';
insert into statement (statement_key, entry_id, text, position) select 'enriquez-stayed', id,
       'He remained in Chile when the JCR was formed; it was to be headed by Mario Santucho of the ERP.', 5 from entry where slug = 'miguel-enriquez';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'santucho-heads-jcr' and s.statement_key = 'enriquez-stayed';

-- Salvador Allende (person) --------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PERSON', 'salvador-allende', 'Salvador Allende', 'allende salvador',
        'Socialist politician elected President of Chile in 1970; he died in the presidential palace during the coup of 11 September 1973.',
        null, null, null, true, 6);
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'allende-president', id, 'VARIANT', 'President Salvador Allende', 'en', 1 from entry where slug = 'salvador-allende';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'mir-against-pinochet' and n.name_key = 'allende-president';
insert into statement (statement_key, entry_id, text, position) select 'allende-elected', id,
       'Salvador Allende, a Socialist politician, was elected President of Chile in 1970.', 1 from entry where slug = 'salvador-allende';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'allende-elected' and s.statement_key = 'allende-elected';
insert into statement (statement_key, entry_id, text, position) select 'allende-reforms', id,
       'He immediately began reforms, among them the nationalization of key industries such as copper mining, taking over education and health care, and work on a land reform plan.', 2 from entry where slug = 'salvador-allende';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'allende-reforms' and s.statement_key = 'allende-reforms';
insert into statement (statement_key, entry_id, text, position) select 'allende-mir', id,
       'The MIR supported him, although it considered him too centrist and his reforms insufficient.', 3 from entry where slug = 'salvador-allende';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-supported-allende' and s.statement_key = 'allende-mir';
insert into statement (statement_key, entry_id, text, position) select 'allende-nephew', id,
       'His nephew Andrés Pascal Allende was one of the MIR''s young leaders.', 4 from entry where slug = 'salvador-allende';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'pascal-allende-nephew' and s.statement_key = 'allende-nephew';
insert into statement (statement_key, entry_id, text, position) select 'allende-pressure', id,
       'Army commanders increased their pressure on him after learning of the MIR''s contacts in the armed forces.', 5 from entry where slug = 'salvador-allende';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'officers-weeded-out' and s.statement_key = 'allende-pressure';
insert into statement (statement_key, entry_id, text, position) select 'allende-death', id,
       'He died by suicide inside the presidential palace during the coup led by General Augusto Pinochet on 11 September 1973.', 6 from entry where slug = 'salvador-allende';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'coup' and s.statement_key = 'allende-death';

-- Government of Chile (organization) -----------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('ORGANIZATION', 'chilean-government', 'Government of Chile', 'government of chile',
        'The government of Chile, headed by Salvador Allende from 1970 and by Augusto Pinochet after the coup of 11 September 1973.',
        null, null, null, false, 7);
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'government-chilean', id, 'VARIANT', 'Chilean government', 'en', 1 from entry where slug = 'chilean-government';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'mir-against-pinochet' and n.name_key = 'government-chilean';
insert into statement (statement_key, entry_id, text, position) select 'government-allende', id,
       'Salvador Allende headed it as President of Chile from his election in 1970 until the coup of 11 September 1973.', 1 from entry where slug = 'chilean-government';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'allende-elected' and s.statement_key = 'government-allende';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'coup' and s.statement_key = 'government-allende';
insert into statement (statement_key, entry_id, text, position) select 'government-pinochet', id,
       'After the coup it was led by Augusto Pinochet, whose government the MIR attempted to overthrow during the 1970s.', 2 from entry where slug = 'chilean-government';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-against-pinochet' and s.statement_key = 'government-pinochet';
insert into statement (statement_key, entry_id, text, position) select 'government-mir-threat', id,
       'After several of the MIR''s key leaders had been captured or killed, the MIR ceased to be a serious threat to it.', 3 from entry where slug = 'chilean-government';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-no-longer-threat' and s.statement_key = 'government-mir-threat';

-- Founding of the MIR (event) ------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'founding-of-the-mir', 'Founding of the MIR', 'founding of the mir',
        'The foundation of the MIR in 1965 by a union of leftist student groups, primarily in Santiago.',
        '1965', date '1965-01-01', date '1965-12-31', false, 8);
insert into citation (source_id, quotation_id, date_entry_id) select q.source_id, q.id, e.id from quotation q, entry e where q.quote_key = 'mir-founded' and e.slug = 'founding-of-the-mir';
insert into statement (statement_key, entry_id, text, position) select 'founding-union', id,
       'The MIR was founded in 1965 by a union of leftist student groups, primarily in Santiago.', 1 from entry where slug = 'founding-of-the-mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-founded' and s.statement_key = 'founding-union';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'founding-note', entry_id, id, 'DISAGREEMENT',
       'Other works place the founding congress in Santiago on 14–15 August 1965, but trace the core of the MIR to students at the University of Concepción rather than Santiago, joined by trade unionists such as Clotario Blest and by Trotskyist groups.', 1 from statement where statement_key = 'founding-union';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-es-movimiento-de-izquierda-revolucionaria-chile' and n.note_key = 'founding-note';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-revolutionary-left-movement-chile' and n.note_key = 'founding-note';
insert into statement (statement_key, entry_id, text, position) select 'founding-ferrada-noli', id,
       'Marcello Ferrada-Noli was one of the founders and wrote the MIR''s mission statement.', 2 from entry where slug = 'founding-of-the-mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'ferrada-noli-founder' and s.statement_key = 'founding-ferrada-noli';
insert into statement (statement_key, entry_id, text, position) select 'founding-cuba', id,
       'The founders took their inspiration from the Cuban Revolution.', 3 from entry where slug = 'founding-of-the-mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'cuban-inspiration' and s.statement_key = 'founding-cuba';

-- Santiago (place) -----------------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PLACE', 'santiago', 'Santiago', 'santiago',
        'City where the MIR was founded and whose streets the army took in the coup of 11 September 1973.',
        null, null, null, false, 9);
insert into statement (statement_key, entry_id, text, position) select 'santiago-founding', id,
       'The MIR was founded primarily in Santiago.', 1 from entry where slug = 'santiago';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-founded' and s.statement_key = 'santiago-founding';
insert into statement (statement_key, entry_id, text, position) select 'santiago-support', id,
       'The MIR found some support in the city''s poor and working-class neighbourhoods.', 2 from entry where slug = 'santiago';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-support' and s.statement_key = 'santiago-support';
insert into statement (statement_key, entry_id, text, position) select 'santiago-coup', id,
       'After the coup the army quickly moved to take the streets of Santiago; a wave of terror spread over the city, with concentration camps set up in the stadium and across the city.', 3 from entry where slug = 'santiago';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'struck-too-hard' and s.statement_key = 'santiago-coup';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'wave-of-terror' and s.statement_key = 'santiago-coup';

-- Cuban Revolution (event) ---------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'cuban-revolution', 'Cuban Revolution', 'cuban revolution',
        'The revolution that inspired the founders of the MIR and, according to the article, many imitations in South America.',
        null, null, null, false, 10);
insert into statement (statement_key, entry_id, text, position) select 'cuba-inspired-mir', id,
       'The founders of the MIR took their inspiration from the Cuban Revolution and hoped to repeat it in Chile.', 1 from entry where slug = 'cuban-revolution';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'cuban-inspiration' and s.statement_key = 'cuba-inspired-mir';
insert into statement (statement_key, entry_id, text, position) select 'cuba-imitations', id,
       'According to the article, it spawned many attempts at imitation in South America besides the MIR.', 2 from entry where slug = 'cuban-revolution';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'cuban-imitations' and s.statement_key = 'cuba-imitations';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'tupamaros' and s.statement_key = 'cuba-imitations';
insert into statement (statement_key, entry_id, text, position) select 'cuba-undated', id,
       'The article does not date the Cuban Revolution.', 3 from entry where slug = 'cuban-revolution';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'cuban-imitations' and s.statement_key = 'cuba-undated';

-- Death of Miguel Enríquez (event) -------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'death-of-miguel-enriquez', 'Death of Miguel Enríquez', 'death of miguel enriquez',
        'The death in 1974 of Miguel Enríquez, General Secretary of the MIR.',
        '1974', date '1974-01-01', date '1974-12-31', true, 11);
insert into citation (source_id, quotation_id, date_entry_id) select q.source_id, q.id, e.id from quotation q, entry e where q.quote_key = 'enriquez-leader' and e.slug = 'death-of-miguel-enriquez';
insert into statement (statement_key, entry_id, text, position) select 'death-enriquez-1974', id,
       'Miguel Enríquez served as the MIR''s General Secretary until his death in 1974.', 1 from entry where slug = 'death-of-miguel-enriquez';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'enriquez-leader' and s.statement_key = 'death-enriquez-1974';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'death-enriquez-note', entry_id, id, 'PRECISION',
       'The article does not say how he died. Other works record that he was killed in a DINA operation in San Miguel, Santiago, on 5 October 1974.', 1 from statement where statement_key = 'death-enriquez-1974';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-es-miguel-enriquez' and n.note_key = 'death-enriquez-note';

-- Election of Salvador Allende (event) ---------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'election-of-salvador-allende', 'Election of Salvador Allende', 'election of salvador allende',
        'The election of the Socialist Salvador Allende as President of Chile in 1970.',
        '1970', date '1970-01-01', date '1970-12-31', false, 12);
insert into citation (source_id, quotation_id, date_entry_id) select q.source_id, q.id, e.id from quotation q, entry e where q.quote_key = 'allende-elected' and e.slug = 'election-of-salvador-allende';
insert into statement (statement_key, entry_id, text, position) select 'election-1970', id,
       'In 1970 the Socialist politician Salvador Allende was elected President of Chile.', 1 from entry where slug = 'election-of-salvador-allende';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'allende-elected' and s.statement_key = 'election-1970';
insert into statement (statement_key, entry_id, text, position) select 'election-mir', id,
       'The MIR supported Allende, but thought him too centrist.', 2 from entry where slug = 'election-of-salvador-allende';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-supported-allende' and s.statement_key = 'election-mir';

-- Chile (place) --------------------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PLACE', 'chile', 'Chile', 'chile',
        'Country in which the MIR was founded and fought the Pinochet dictatorship.',
        null, null, null, false, 13);
insert into statement (statement_key, entry_id, text, position) select 'chile-mir', id,
       'The MIR is a Chilean insurgent group.', 1 from entry where slug = 'chile';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-defined' and s.statement_key = 'chile-mir';
insert into statement (statement_key, entry_id, text, position) select 'chile-cuba', id,
       'The MIR''s founders hoped to repeat the Cuban Revolution in Chile.', 2 from entry where slug = 'chile';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'cuban-inspiration' and s.statement_key = 'chile-cuba';
insert into statement (statement_key, entry_id, text, position) select 'chile-allende', id,
       'Salvador Allende was elected President of Chile in 1970.', 3 from entry where slug = 'chile';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'allende-elected' and s.statement_key = 'chile-allende';
insert into statement (statement_key, entry_id, text, position) select 'chile-host', id,
       'Miguel Enríquez hosted members of allied revolutionary groups in Chile for meetings and military training.', 4 from entry where slug = 'chile';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'alliance-brainchild' and s.statement_key = 'chile-host';

-- Reforms of the Allende government (event) ----------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'allende-reforms', 'Reforms of the Allende government', 'reforms of the allende government',
        'The reforms Salvador Allende began on his election in 1970, among them the nationalization of copper mining.',
        '1970', date '1970-01-01', date '1970-12-31', false, 14);
insert into citation (source_id, quotation_id, date_entry_id) select q.source_id, q.id, e.id from quotation q, entry e where q.quote_key = 'allende-elected' and e.slug = 'allende-reforms';
insert into citation (source_id, quotation_id, date_entry_id) select q.source_id, q.id, e.id from quotation q, entry e where q.quote_key = 'allende-reforms' and e.slug = 'allende-reforms';
insert into statement (statement_key, entry_id, text, position) select 'reforms-list', id,
       'On his election in 1970, Salvador Allende immediately began reforms: the nationalization of key industries such as copper mining, taking over education and health care, and work on a land reform plan.', 1 from entry where slug = 'allende-reforms';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'allende-elected' and s.statement_key = 'reforms-list';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'allende-reforms' and s.statement_key = 'reforms-list';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'reforms-copper-note', entry_id, id, 'PRECISION',
       'Copper was nationalised by a constitutional amendment, Ley 17.450, in July 1971.', 1 from statement where statement_key = 'reforms-list';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'ley-17450' and n.note_key = 'reforms-copper-note';
insert into statement (statement_key, entry_id, text, position) select 'reforms-mir', id,
       'The MIR considered the reforms a good start that did not go far enough.', 2 from entry where slug = 'allende-reforms';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-supported-allende' and s.statement_key = 'reforms-mir';

-- Andrés Pascal Allende (person) ---------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PERSON', 'andres-pascal-allende', 'Andrés Pascal Allende', 'pascal allende andres',
        'Nephew of Salvador Allende and one of the MIR''s young leaders.',
        null, null, null, false, 15);
insert into statement (statement_key, entry_id, text, position) select 'pascal-allende-leader', id,
       'Andrés Pascal Allende, a nephew of Salvador Allende, was one of the MIR''s young leaders.', 1 from entry where slug = 'andres-pascal-allende';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'pascal-allende-nephew' and s.statement_key = 'pascal-allende-leader';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'pascal-allende-note', entry_id, id, 'PRECISION',
       'Other works add that he was born in 1943, the son of Salvador Allende''s sister Laura Allende, and that he led the MIR after the death of Miguel Enríquez, as its secretary general from 1974 to 1986.', 1 from statement where statement_key = 'pascal-allende-leader';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-andres-pascal-allende' and n.note_key = 'pascal-allende-note';

-- The MIR's contacts in the armed forces (event) -----------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'mir-contacts-in-the-armed-forces', 'The MIR''s contacts in the armed forces', 'mir contacts in the armed forces',
        'The MIR''s attempt, before the 1973 coup, to win over junior officers to the defence of the civilian government.',
        null, null, null, false, 16);
insert into statement (statement_key, entry_id, text, position) select 'contacts-program', id,
       'When it became apparent that the military was likely to overthrow Allende, the MIR began an active programme of making contacts within the armed forces.', 1 from entry where slug = 'mir-contacts-in-the-armed-forces';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-contacts' and s.statement_key = 'contacts-program';
insert into statement (statement_key, entry_id, text, position) select 'contacts-plan', id,
       'Its plan was to persuade junior officers to support the civilian government and, when the time came, to disobey their superiors.', 2 from entry where slug = 'mir-contacts-in-the-armed-forces';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-contacts-plan' and s.statement_key = 'contacts-plan';
insert into statement (statement_key, entry_id, text, position) select 'contacts-discovered', id,
       'The army''s top officers learned of the plan; they feared a divided army and civil war.', 3 from entry where slug = 'mir-contacts-in-the-armed-forces';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'officers-horrified' and s.statement_key = 'contacts-discovered';
insert into statement (statement_key, entry_id, text, position) select 'contacts-undated', id,
       'The article does not date the programme; it places it before the coup of 11 September 1973.', 4 from entry where slug = 'mir-contacts-in-the-armed-forces';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-contacts' and s.statement_key = 'contacts-undated';

-- Chilean Armed Forces (organization) ----------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('ORGANIZATION', 'chilean-armed-forces', 'Chilean Armed Forces', 'chilean armed forces',
        'Chile''s armed forces, within which the MIR sought contacts before the coup of 1973.',
        null, null, null, true, 17);
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'armed-forces-chiles', id, 'VARIANT', 'Chile''s armed forces', 'en', 1 from entry where slug = 'chilean-armed-forces';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'prats-steps-down' and n.name_key = 'armed-forces-chiles';
insert into statement (statement_key, entry_id, text, position) select 'armed-forces-contacts', id,
       'Before the 1973 coup the MIR sought contacts within the armed forces.', 1 from entry where slug = 'chilean-armed-forces';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-contacts' and s.statement_key = 'armed-forces-contacts';
insert into statement (statement_key, entry_id, text, position) select 'armed-forces-prats', id,
       'According to the article, General Carlos Prats was their head until he stepped down in early September 1973.', 2 from entry where slug = 'chilean-armed-forces';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'prats-steps-down' and s.statement_key = 'armed-forces-prats';
insert into statement (statement_key, entry_id, text, position) select 'armed-forces-arrests', id,
       'After the coup the military arrested anyone even remotely suspected of being a communist or an insurgent, and set up concentration camps in the stadium and across Santiago.', 3 from entry where slug = 'chilean-armed-forces';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'wave-of-terror' and s.statement_key = 'armed-forces-arrests';

-- Chilean Army (organization) ------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('ORGANIZATION', 'chilean-army', 'Chilean Army', 'chilean army',
        'Chile''s army, which purged officers contacted by the MIR, took Santiago in the 1973 coup and was reorganised by Pinochet for urban war.',
        null, null, null, true, 18);
insert into statement (statement_key, entry_id, text, position) select 'army-horrified', id,
       'Its top officers learned of the MIR''s contacts and feared a divided army that could lead to civil war.', 1 from entry where slug = 'chilean-army';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'officers-horrified' and s.statement_key = 'army-horrified';
insert into statement (statement_key, entry_id, text, position) select 'army-weeded-out', id,
       'They identified and removed the young officers and soldiers whom the MIR had contacted, and increased their pressure on Allende.', 2 from entry where slug = 'chilean-army';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'officers-weeded-out' and s.statement_key = 'army-weeded-out';
insert into statement (statement_key, entry_id, text, position) select 'army-streets', id,
       'In the coup of 11 September 1973 the army quickly moved to take the streets of Santiago.', 3 from entry where slug = 'chilean-army';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'struck-too-hard' and s.statement_key = 'army-streets';
insert into statement (statement_key, entry_id, text, position) select 'army-urban-war', id,
       'Pinochet then reorganised it to fight an urban war against Chile''s own citizens, with the help of nations such as the United States and Brazil.', 4 from entry where slug = 'chilean-army';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'urban-war' and s.statement_key = 'army-urban-war';

-- Purge of officers contacted by the MIR (event) -----------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'purge-of-officers-contacted-by-the-mir', 'Purge of officers contacted by the MIR', 'purge of officers contacted by the mir',
        'The army command''s removal, before the 1973 coup, of officers and soldiers the MIR had contacted.',
        null, null, null, false, 19);
insert into statement (statement_key, entry_id, text, position) select 'purge-weeded-out', id,
       'Chile''s top army officers identified the young officers and soldiers who had been contacted by the MIR and removed them.', 1 from entry where slug = 'purge-of-officers-contacted-by-the-mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'officers-weeded-out' and s.statement_key = 'purge-weeded-out';
insert into statement (statement_key, entry_id, text, position) select 'purge-result', id,
       'By the time of the coup, sympathetic officers had been rooted out.', 2 from entry where slug = 'purge-of-officers-contacted-by-the-mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'struck-too-hard' and s.statement_key = 'purge-result';
insert into statement (statement_key, entry_id, text, position) select 'purge-undated', id,
       'The article does not date the purge; it places it before the coup of 11 September 1973.', 3 from entry where slug = 'purge-of-officers-contacted-by-the-mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'officers-weeded-out' and s.statement_key = 'purge-undated';

-- Carlos Prats (person) ------------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PERSON', 'carlos-prats', 'Carlos Prats', 'prats carlos',
        'Chilean general and supporter of democracy who, according to the article, stepped down as head of the armed forces in early September 1973.',
        null, null, null, true, 20);
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'prats-general', id, 'VARIANT', 'General Carlos Prats', 'en', 1 from entry where slug = 'carlos-prats';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'prats-steps-down' and n.name_key = 'prats-general';
insert into statement (statement_key, entry_id, text, position) select 'prats-head', id,
       'The article describes General Carlos Prats as head of Chile''s armed forces and a supporter of democracy.', 1 from entry where slug = 'carlos-prats';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'prats-steps-down' and s.statement_key = 'prats-head';
insert into statement (statement_key, entry_id, text, position) select 'prats-steps-down', id,
       'According to the article, he stepped down in early September 1973, knowing that his departure would speed up the coup.', 2 from entry where slug = 'carlos-prats';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'prats-steps-down' and s.statement_key = 'prats-steps-down';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'prats-note', entry_id, id, 'DISAGREEMENT',
       'Other works record that Prats resigned on 23 August 1973, and that he commanded the Army, as its commander-in-chief, rather than all the armed forces; he recommended Pinochet as his successor. He and his wife were killed by a car bomb in Buenos Aires on 30 September 1974, an attack attributed to DINA.', 1 from statement where statement_key = 'prats-steps-down';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-carlos-prats' and n.note_key = 'prats-note';

-- Carlos Prats steps down (event) --------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'carlos-prats-steps-down', 'Carlos Prats steps down', 'carlos prats steps down',
        'The departure of General Carlos Prats from command shortly before the coup of 1973.',
        '1973-09', date '1973-09-01', date '1973-09-30', false, 21);
insert into citation (source_id, quotation_id, date_entry_id) select q.source_id, q.id, e.id from quotation q, entry e where q.quote_key = 'prats-steps-down' and e.slug = 'carlos-prats-steps-down';
insert into statement (statement_key, entry_id, text, position) select 'resignation-article', id,
       'According to the article, General Carlos Prats stepped down as head of Chile''s armed forces in early September 1973, knowing that his departure would speed up the coup.', 1 from entry where slug = 'carlos-prats-steps-down';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'prats-steps-down' and s.statement_key = 'resignation-article';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'resignation-note', entry_id, id, 'DISAGREEMENT',
       'Other works date his resignation to 23 August 1973 and describe it as his resignation as commander-in-chief of the Army, not of all the armed forces; he recommended Pinochet as his successor.', 1 from statement where statement_key = 'resignation-article';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-carlos-prats' and n.note_key = 'resignation-note';

-- Coup of 11 September 1973 (event) ------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'coup-of-11-september-1973', 'Coup of 11 September 1973', 'coup of 11 september 1973',
        'The military coup led by General Augusto Pinochet that overthrew President Salvador Allende.',
        '1973-09-11', date '1973-09-11', date '1973-09-11', true, 22);
insert into citation (source_id, quotation_id, date_entry_id) select q.source_id, q.id, e.id from quotation q, entry e where q.quote_key = 'coup' and e.slug = 'coup-of-11-september-1973';
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'coup-detat', id, 'VARIANT', 'coup d''etat', 'en', 1 from entry where slug = 'coup-of-11-september-1973';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'prats-steps-down' and n.name_key = 'coup-detat';
insert into statement (statement_key, entry_id, text, position) select 'coup-led', id,
       'On 11 September 1973 General Augusto Pinochet led a coup against President Salvador Allende, which ended with Allende''s suicide inside the presidential palace.', 1 from entry where slug = 'coup-of-11-september-1973';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'coup' and s.statement_key = 'coup-led';
insert into statement (statement_key, entry_id, text, position) select 'coup-prats', id,
       'According to the article, the departure of General Carlos Prats shortly before sped up the coup.', 2 from entry where slug = 'coup-of-11-september-1973';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'prats-steps-down' and s.statement_key = 'coup-prats';
insert into statement (statement_key, entry_id, text, position) select 'coup-mir', id,
       'The coup came too hard and too fast for the MIR: sympathetic officers had already been removed, and the army quickly took the streets of Santiago.', 3 from entry where slug = 'coup-of-11-september-1973';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'struck-too-hard' and s.statement_key = 'coup-mir';

-- Death of Salvador Allende (event) ------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'death-of-salvador-allende', 'Death of Salvador Allende', 'death of salvador allende',
        'The death of President Salvador Allende inside the presidential palace during the coup of 11 September 1973.',
        '1973-09-11', date '1973-09-11', date '1973-09-11', true, 23);
insert into citation (source_id, quotation_id, date_entry_id) select q.source_id, q.id, e.id from quotation q, entry e where q.quote_key = 'coup' and e.slug = 'death-of-salvador-allende';
insert into statement (statement_key, entry_id, text, position) select 'death-allende-suicide', id,
       'The coup of 11 September 1973 ended with President Salvador Allende committing suicide inside the presidential palace.', 1 from entry where slug = 'death-of-salvador-allende';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'coup' and s.statement_key = 'death-allende-suicide';

-- Presidential palace (place) ------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PLACE', 'presidential-palace', 'Presidential palace', 'presidential palace',
        'The palace of the President of Chile, where Salvador Allende died during the coup of 11 September 1973.',
        null, null, null, true, 24);
insert into statement (statement_key, entry_id, text, position) select 'palace-allende', id,
       'President Salvador Allende died inside the presidential palace during the coup of 11 September 1973.', 1 from entry where slug = 'presidential-palace';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'coup' and s.statement_key = 'palace-allende';

-- Mass arrests after the coup (event) ----------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'mass-arrests-after-the-coup', 'Mass arrests after the coup', 'mass arrests after the coup',
        'The wave of arrests and killings in Santiago after the coup of 11 September 1973.',
        null, null, null, true, 25);
insert into statement (statement_key, entry_id, text, position) select 'terror-arrests', id,
       'After the coup a wave of terror spread over Santiago: the military arrested anyone even remotely suspected of being a communist or an insurgent, and set up concentration camps in the stadium and across the city.', 1 from entry where slug = 'mass-arrests-after-the-coup';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'struck-too-hard' and s.statement_key = 'terror-arrests';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'wave-of-terror' and s.statement_key = 'terror-arrests';
insert into statement (statement_key, entry_id, text, position) select 'terror-killed', id,
       'Thousands were rounded up, and many were killed.', 2 from entry where slug = 'mass-arrests-after-the-coup';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'thousands-rounded-up' and s.statement_key = 'terror-killed';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'terror-stadium-note', entry_id, id, 'PRECISION',
       'Other works identify the stadium as the National Stadium in Santiago, used as a detention centre from 12 September to 9 November 1973, where thousands of people were held.', 1 from statement where statement_key = 'terror-killed';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-es-estadio-nacional-centro-de-detencion' and n.note_key = 'terror-stadium-note';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'memoria-chilena-mir' and n.note_key = 'terror-stadium-note';

-- National Stadium (place) ---------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PLACE', 'national-stadium', 'National Stadium', 'national stadium',
        'Stadium in Santiago where, after the 1973 coup, the military set up a concentration camp.',
        null, null, null, true, 26);
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'stadium-article', id, 'VARIANT', 'the stadium', 'en', 1 from entry where slug = 'national-stadium';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'wave-of-terror' and n.name_key = 'stadium-article';
insert into statement (statement_key, entry_id, text, position) select 'stadium-camp', id,
       'After the coup of 11 September 1973 the military set up concentration camps in the stadium and all over Santiago.', 1 from entry where slug = 'national-stadium';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'wave-of-terror' and s.statement_key = 'stadium-camp';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'stadium-note', entry_id, id, 'PRECISION',
       'The article speaks only of "the stadium". Other works identify it as the National Stadium in Santiago, used as a detention centre from 12 September to 9 November 1973, where thousands of people were held.', 1 from statement where statement_key = 'stadium-camp';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-es-estadio-nacional-centro-de-detencion' and n.note_key = 'stadium-note';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'memoria-chilena-mir' and n.note_key = 'stadium-note';

-- The MIR goes underground (event) -------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'mir-goes-underground', 'The MIR goes underground', 'mir goes underground',
        'The MIR''s decision, after the 1973 coup, to avoid open confrontation with the army and continue in clandestinity.',
        null, null, null, false, 27);
insert into statement (statement_key, entry_id, text, position) select 'underground-decision', id,
       'After the coup the MIR decided not to face the Chilean army directly, but to go underground and wait for a better time to strike.', 1 from entry where slug = 'mir-goes-underground';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'struck-too-hard' and s.statement_key = 'underground-decision';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-underground' and s.statement_key = 'underground-decision';
insert into statement (statement_key, entry_id, text, position) select 'underground-exile', id,
       'Many of its leaders fled abroad.', 2 from entry where slug = 'mir-goes-underground';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'leaders-fled' and s.statement_key = 'underground-exile';

-- Reorganisation of the army for urban war (event) ---------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'reorganisation-of-the-army', 'Reorganisation of the army for urban war', 'reorganisation of the army for urban war',
        'Pinochet''s reorganisation of the Chilean army to fight an urban war, with foreign help.',
        null, null, null, true, 28);
insert into statement (statement_key, entry_id, text, position) select 'reorganisation-urban-war', id,
       'After the coup Pinochet began modifying the army to fight an urban war against its own citizens, enlisting the help of nations such as the United States and Brazil.', 1 from entry where slug = 'reorganisation-of-the-army';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'urban-war' and s.statement_key = 'reorganisation-urban-war';

-- United States (organization) -----------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('ORGANIZATION', 'united-states', 'United States', 'united states',
        'Nation whose help, according to the article, Pinochet enlisted in reorganising the Chilean army.',
        null, null, null, false, 29);
insert into statement (statement_key, entry_id, text, position) select 'usa-help', id,
       'According to the article, Pinochet enlisted the help of nations such as the United States in reorganising the army to fight an urban war.', 1 from entry where slug = 'united-states';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'urban-war' and s.statement_key = 'usa-help';

-- Brazil (organization) ------------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('ORGANIZATION', 'brazil', 'Brazil', 'brazil',
        'Nation whose help, according to the article, Pinochet enlisted in reorganising the Chilean army.',
        null, null, null, false, 30);
insert into statement (statement_key, entry_id, text, position) select 'brazil-help', id,
       'According to the article, Pinochet enlisted the help of nations such as Brazil in reorganising the army to fight an urban war.', 1 from entry where slug = 'brazil';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'urban-war' and s.statement_key = 'brazil-help';

-- Creation of DINA (event) ---------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'creation-of-dina', 'Creation of DINA', 'creation of dina',
        'The creation by Augusto Pinochet of the Dirección de Inteligencia Nacional, known as DINA.',
        null, null, null, false, 31);
insert into statement (statement_key, entry_id, text, position) select 'creation-dina', id,
       'Augusto Pinochet created the Dirección de Inteligencia Nacional (National Intelligence Directorate), which soon became known as DINA.', 1 from entry where slug = 'creation-of-dina';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'dina-created' and s.statement_key = 'creation-dina';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'creation-dina-note', entry_id, id, 'PRECISION',
       'The article does not date it. Other works record that DINA was working from late 1973 and was formally created by Decree-Law 521 of 14 June 1974.', 1 from statement where statement_key = 'creation-dina';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'rettig-report' and n.note_key = 'creation-dina-note';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-es-direccion-de-inteligencia-nacional' and n.note_key = 'creation-dina-note';

-- Dirección de Inteligencia Nacional (organization) --------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('ORGANIZATION', 'dina', 'Dirección de Inteligencia Nacional', 'direccion de inteligencia nacional',
        'Intelligence agency created by Augusto Pinochet after the 1973 coup, known as DINA.',
        null, null, null, true, 32);
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'dina-acronym', id, 'ACRONYM', 'DINA', null, 1 from entry where slug = 'dina';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'dina-created' and n.name_key = 'dina-acronym';
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'dina-english', id, 'TRANSLATION', 'National Intelligence Directorate', 'en', 2 from entry where slug = 'dina';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'dina-created' and n.name_key = 'dina-english';
insert into statement (statement_key, entry_id, text, position) select 'dina-created', id,
       'Augusto Pinochet created the Dirección de Inteligencia Nacional, which soon became known as DINA.', 1 from entry where slug = 'dina';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'dina-created' and s.statement_key = 'dina-created';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'dina-note', entry_id, id, 'PRECISION',
       'Other works record that DINA was working from late 1973, was formally created by Decree-Law 521 of 14 June 1974, was led by Manuel Contreras, then a lieutenant colonel, and was replaced by the CNI in 1977.', 1 from statement where statement_key = 'dina-created';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'rettig-report' and n.note_key = 'dina-note';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-es-direccion-de-inteligencia-nacional' and n.note_key = 'dina-note';
insert into statement (statement_key, entry_id, text, position) select 'dina-contreras', id,
       'In the same passage the article says that Pinochet placed Colonel Manuel Contreras in charge of rooting out the MIR and other insurgents.', 2 from entry where slug = 'dina';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'contreras-in-charge' and s.statement_key = 'dina-contreras';

-- Manuel Contreras (person) --------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PERSON', 'manuel-contreras', 'Manuel Contreras', 'contreras manuel',
        'Chilean army colonel whom Augusto Pinochet placed in charge of rooting out the MIR and other insurgents.',
        null, null, null, true, 33);
insert into statement (statement_key, entry_id, text, position) select 'contreras-in-charge', id,
       'Augusto Pinochet placed Manuel Contreras, a colonel whom the article calls ruthless, in charge of rooting out the MIR and other insurgents.', 1 from entry where slug = 'manuel-contreras';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'contreras-in-charge' and s.statement_key = 'contreras-in-charge';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'contreras-note', entry_id, id, 'PRECISION',
       'Other works name him as the head of DINA, then with the rank of lieutenant colonel.', 1 from statement where statement_key = 'contreras-in-charge';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'rettig-report' and n.note_key = 'contreras-note';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-es-direccion-de-inteligencia-nacional' and n.note_key = 'contreras-note';

-- Repression of the MIR (event) ----------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'repression-of-the-mir', 'Repression of the MIR', 'repression of the mir',
        'The arrests, torture and killings through which the Pinochet regime struck the MIR after the 1973 coup.',
        null, null, null, true, 34);
insert into statement (statement_key, entry_id, text, position) select 'repression-contreras', id,
       'Pinochet placed Colonel Manuel Contreras in charge of rooting out the MIR and other insurgents.', 1 from entry where slug = 'repression-of-the-mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'contreras-in-charge' and s.statement_key = 'repression-contreras';
insert into statement (statement_key, entry_id, text, position) select 'repression-detained', id,
       'Several hundred young men and women with ties to the MIR were among the thousands of Chileans detained and tortured, and often killed.', 2 from entry where slug = 'repression-of-the-mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-hit-hard' and s.statement_key = 'repression-detained';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-members-tortured' and s.statement_key = 'repression-detained';
insert into statement (statement_key, entry_id, text, position) select 'repression-confessions', id,
       'Under torture, detainees gave away the names of other members, the locations of safe houses and information about attacks.', 3 from entry where slug = 'repression-of-the-mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'confessions' and s.statement_key = 'repression-confessions';
insert into statement (statement_key, entry_id, text, position) select 'repression-leaders', id,
       'Many important MIR leaders were rounded up early, among them Marcello Ferrada-Noli.', 4 from entry where slug = 'repression-of-the-mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'leaders-rounded-up' and s.statement_key = 'repression-leaders';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'ferrada-noli-founder' and s.statement_key = 'repression-leaders';
insert into statement (statement_key, entry_id, text, position) select 'repression-network', id,
       'The MIR''s network of safe houses, arms dumps and information sharing was compromised during the first few months of the Pinochet era.', 5 from entry where slug = 'repression-of-the-mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'network-compromised' and s.statement_key = 'repression-network';
insert into statement (statement_key, entry_id, text, position) select 'repression-result', id,
       'After several key leaders were captured or killed, the MIR ceased to be a serious threat to the government.', 6 from entry where slug = 'repression-of-the-mir';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-no-longer-threat' and s.statement_key = 'repression-result';

-- South America (place) ------------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PLACE', 'south-america', 'South America', 'south america',
        'Continent where several groups inspired, like the MIR, by the Cuban Revolution were active.',
        null, null, null, false, 35);
insert into statement (statement_key, entry_id, text, position) select 'south-america-groups', id,
       'Several groups in South America had goals and beliefs similar to the MIR''s, among them the Tupamaros, the ERP and the Bolivian ELN.', 1 from entry where slug = 'south-america';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'tupamaros' and s.statement_key = 'south-america-groups';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'erp' and s.statement_key = 'south-america-groups';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'eln' and s.statement_key = 'south-america-groups';

-- Tupamaros (organization) ---------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('ORGANIZATION', 'tupamaros', 'Tupamaros', 'tupamaros',
        'Uruguayan urban guerrilla group, one of the four members of the JCR.',
        null, null, null, false, 36);
insert into statement (statement_key, entry_id, text, position) select 'tupamaros-uruguay', id,
       'The Tupamaros were a group in Uruguay with goals and beliefs similar to the MIR''s.', 1 from entry where slug = 'tupamaros';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'tupamaros' and s.statement_key = 'tupamaros-uruguay';
insert into statement (statement_key, entry_id, text, position) select 'tupamaros-urban', id,
       'The article describes them as experienced urban guerrillas.', 2 from entry where slug = 'tupamaros';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'tupamaros-urban' and s.statement_key = 'tupamaros-urban';
insert into statement (statement_key, entry_id, text, position) select 'tupamaros-jcr', id,
       'They were one of the four groups that formalized their alliance as the JCR.', 3 from entry where slug = 'tupamaros';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'alliance-formalized' and s.statement_key = 'tupamaros-jcr';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'jcr-named' and s.statement_key = 'tupamaros-jcr';

-- Uruguay (place) ------------------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PLACE', 'uruguay', 'Uruguay', 'uruguay',
        'South American country, home of the Tupamaros.',
        null, null, null, false, 37);
insert into statement (statement_key, entry_id, text, position) select 'uruguay-tupamaros', id,
       'The Tupamaros were active in Uruguay.', 1 from entry where slug = 'uruguay';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'tupamaros' and s.statement_key = 'uruguay-tupamaros';

-- Ejército Revolucionario del Pueblo (organization) --------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('ORGANIZATION', 'erp', 'Ejército Revolucionario del Pueblo', 'ejercito revolucionario del pueblo',
        'Argentine revolutionary group led by Mario Santucho, one of the four members of the JCR.',
        null, null, null, false, 38);
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'erp-acronym', id, 'ACRONYM', 'ERP', null, 1 from entry where slug = 'erp';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'erp' and n.name_key = 'erp-acronym';
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'erp-english', id, 'TRANSLATION', 'People''s Revolutionary Army', 'en', 2 from entry where slug = 'erp';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'erp' and n.name_key = 'erp-english';
insert into statement (statement_key, entry_id, text, position) select 'erp-argentina', id,
       'The Ejército Revolucionario del Pueblo (People''s Revolutionary Army, ERP) was a group in Argentina with goals and beliefs similar to the MIR''s.', 1 from entry where slug = 'erp';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'erp' and s.statement_key = 'erp-argentina';
insert into statement (statement_key, entry_id, text, position) select 'erp-santucho', id,
       'Its leader was Mario Santucho.', 2 from entry where slug = 'erp';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'santucho-heads-jcr' and s.statement_key = 'erp-santucho';
insert into statement (statement_key, entry_id, text, position) select 'erp-money', id,
       'According to the article, it had money from a string of political kidnappings.', 3 from entry where slug = 'erp';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'erp-money' and s.statement_key = 'erp-money';
insert into statement (statement_key, entry_id, text, position) select 'erp-jcr', id,
       'It was one of the four groups that formalized their alliance as the JCR.', 4 from entry where slug = 'erp';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'alliance-formalized' and s.statement_key = 'erp-jcr';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'jcr-named' and s.statement_key = 'erp-jcr';

-- Argentina (place) ----------------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PLACE', 'argentina', 'Argentina', 'argentina',
        'South American country, home of the ERP.',
        null, null, null, false, 39);
insert into statement (statement_key, entry_id, text, position) select 'argentina-erp', id,
       'The ERP was active in Argentina.', 1 from entry where slug = 'argentina';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'erp' and s.statement_key = 'argentina-erp';

-- Ejército de Liberación Nacional (organization) -----------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('ORGANIZATION', 'eln', 'Ejército de Liberación Nacional', 'ejercito de liberacion nacional',
        'Bolivian revolutionary group, several of whose leaders had fought alongside Ché Guevara; one of the four members of the JCR.',
        null, null, null, false, 40);
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'eln-acronym', id, 'ACRONYM', 'ELN', null, 1 from entry where slug = 'eln';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'eln' and n.name_key = 'eln-acronym';
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'eln-english', id, 'TRANSLATION', 'National Liberation Army', 'en', 2 from entry where slug = 'eln';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'eln' and n.name_key = 'eln-english';
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'eln-bolivian', id, 'VARIANT', 'Bolivian ELN', 'en', 3 from entry where slug = 'eln';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'eln' and n.name_key = 'eln-bolivian';
insert into statement (statement_key, entry_id, text, position) select 'eln-bolivia', id,
       'The Ejército de Liberación Nacional (National Liberation Army, ELN) was a Bolivian group with goals and beliefs similar to the MIR''s.', 1 from entry where slug = 'eln';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'eln' and s.statement_key = 'eln-bolivia';
insert into statement (statement_key, entry_id, text, position) select 'eln-guevara', id,
       'Several of its leaders had fought alongside Ché Guevara in Bolivia in the mid-1960s.', 2 from entry where slug = 'eln';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'eln' and s.statement_key = 'eln-guevara';
insert into statement (statement_key, entry_id, text, position) select 'eln-credibility', id,
       'According to the article, their ties to Ché Guevara brought the JCR revolutionary credibility.', 3 from entry where slug = 'eln';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'bolivians-che' and s.statement_key = 'eln-credibility';
insert into statement (statement_key, entry_id, text, position) select 'eln-jcr', id,
       'It was one of the four groups that formalized their alliance as the JCR.', 4 from entry where slug = 'eln';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'alliance-formalized' and s.statement_key = 'eln-jcr';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'jcr-named' and s.statement_key = 'eln-jcr';

-- Bolivia (place) ------------------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PLACE', 'bolivia', 'Bolivia', 'bolivia',
        'South American country, home of the ELN, where Ché Guevara fought in the mid-1960s.',
        null, null, null, false, 41);
insert into statement (statement_key, entry_id, text, position) select 'bolivia-eln', id,
       'The ELN was a Bolivian group.', 1 from entry where slug = 'bolivia';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'eln' and s.statement_key = 'bolivia-eln';
insert into statement (statement_key, entry_id, text, position) select 'bolivia-guevara', id,
       'Several leaders of the ELN fought alongside Ché Guevara in Bolivia in the mid-1960s.', 2 from entry where slug = 'bolivia';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'eln' and s.statement_key = 'bolivia-guevara';

-- Ché Guevara (person) -------------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PERSON', 'che-guevara', 'Ché Guevara', 'guevara che',
        'Revolutionary alongside whom several leaders of the Bolivian ELN fought in the mid-1960s.',
        null, null, null, false, 42);
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'guevara-che', id, 'NICKNAME', 'Ché', null, 1 from entry where slug = 'che-guevara';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'bolivians-che' and n.name_key = 'guevara-che';
insert into statement (statement_key, entry_id, text, position) select 'guevara-bolivia', id,
       'Several leaders of the Bolivian ELN had fought alongside Ché Guevara in Bolivia in the mid-1960s.', 1 from entry where slug = 'che-guevara';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'eln' and s.statement_key = 'guevara-bolivia';
insert into statement (statement_key, entry_id, text, position) select 'guevara-credibility', id,
       'According to the article, the Bolivians'' ties to Ché brought revolutionary credibility to the JCR.', 2 from entry where slug = 'che-guevara';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'bolivians-che' and s.statement_key = 'guevara-credibility';

-- Ché Guevara's fighting in Bolivia (event) ----------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'guevara-in-bolivia', 'Ché Guevara''s fighting in Bolivia', 'che guevara fighting in bolivia',
        'The fighting in Bolivia in the mid-1960s in which several leaders of the ELN fought alongside Ché Guevara.',
        '1965~', date '1965-01-01', date '1965-12-31', true, 43);
insert into citation (source_id, quotation_id, date_entry_id) select q.source_id, q.id, e.id from quotation q, entry e where q.quote_key = 'eln' and e.slug = 'guevara-in-bolivia';
insert into statement (statement_key, entry_id, text, position) select 'campaign-eln', id,
       'Several leaders of the Bolivian ELN fought alongside Ché Guevara in Bolivia in the mid-1960s.', 1 from entry where slug = 'guevara-in-bolivia';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'eln' and s.statement_key = 'campaign-eln';
insert into statement (statement_key, entry_id, text, position) select 'campaign-date', id,
       'The article dates it only to the mid-1960s; the archive records this as about 1965.', 2 from entry where slug = 'guevara-in-bolivia';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'eln' and s.statement_key = 'campaign-date';

-- Talks on a revolutionary alliance (event) ----------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'alliance-talks', 'Talks on a revolutionary alliance', 'talks on a revolutionary alliance',
        'Discussions, from October 1972, among the MIR, the Tupamaros, the ERP and the ELN about working together.',
        '1972-10/', date '1972-10-01', null, false, 44);
insert into citation (source_id, quotation_id, date_entry_id) select q.source_id, q.id, e.id from quotation q, entry e where q.quote_key = 'alliance-talks' and e.slug = 'alliance-talks';
insert into statement (statement_key, entry_id, text, position) select 'talks-begin', id,
       'As early as October 1972 the groups had begun discussing working together, pooling resources, information and safehouses.', 1 from entry where slug = 'alliance-talks';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'alliance-talks' and s.statement_key = 'talks-begin';
insert into statement (statement_key, entry_id, text, position) select 'talks-enriquez', id,
       'The union of the groups was the idea of Miguel Enríquez, who hosted his fellow revolutionaries in Chile for meetings and military training at the MIR''s facility in the Andes Mountains.', 2 from entry where slug = 'alliance-talks';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'alliance-brainchild' and s.statement_key = 'talks-enriquez';

-- Andes Mountains (place) ----------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PLACE', 'andes-mountains', 'Andes Mountains', 'andes mountains',
        'Mountain range where the MIR kept a facility for meetings and military training.',
        null, null, null, false, 45);
insert into statement (statement_key, entry_id, text, position) select 'andes-facility', id,
       'The MIR had a facility deep in the Andes Mountains, where it hosted allied revolutionaries for meetings and military training.', 1 from entry where slug = 'andes-mountains';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'alliance-brainchild' and s.statement_key = 'andes-facility';

-- Founding of the JCR (event) ------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'founding-of-the-jcr', 'Founding of the JCR', 'founding of the jcr',
        'The meeting in Buenos Aires at which, according to the article, four revolutionary groups formalized their alliance as the JCR.',
        null, null, null, false, 46);
insert into statement (statement_key, entry_id, text, position) select 'jcr-founding-article', id,
       'According to the article, it was decided after the fall of Allende to formalize the alliance of the four groups, and a meeting in Buenos Aires named it the Junta Coordinadora Revolucionaria (JCR).', 1 from entry where slug = 'founding-of-the-jcr';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'alliance-formalized' and s.statement_key = 'jcr-founding-article';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'jcr-named' and s.statement_key = 'jcr-founding-article';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'jcr-founding-note', entry_id, id, 'DISAGREEMENT',
       'Other works date the agreement and the name to August 1973, before the coup; a summit in Buenos Aires in November 1973 began joint action. The Bolivian ELN had joined in June 1973, and the alliance was announced publicly in early 1974.', 1 from statement where statement_key = 'jcr-founding-article';
insert into citation (source_id, locator, note_id) select s.id, 'chapter on the JCR', n.id from source s, editorial_note n where s.slug = 'dinges-the-condor-years' and n.note_key = 'jcr-founding-note';
insert into statement (statement_key, entry_id, text, position) select 'jcr-founding-santucho', id,
       'Miguel Enríquez remained in Chile; the JCR was to be headed by Mario Santucho, leader of the ERP.', 2 from entry where slug = 'founding-of-the-jcr';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'santucho-heads-jcr' and s.statement_key = 'jcr-founding-santucho';

-- Buenos Aires (place) -------------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PLACE', 'buenos-aires', 'Buenos Aires', 'buenos aires',
        'City where, according to the article, the JCR was named.',
        null, null, null, false, 47);
insert into statement (statement_key, entry_id, text, position) select 'buenos-aires-jcr', id,
       'According to the article, the JCR was named at a meeting in Buenos Aires.', 1 from entry where slug = 'buenos-aires';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'jcr-named' and s.statement_key = 'buenos-aires-jcr';

-- Junta Coordinadora Revolucionaria (organization) ---------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('ORGANIZATION', 'jcr', 'Junta Coordinadora Revolucionaria', 'junta coordinadora revolucionaria',
        'Alliance of the MIR, the Tupamaros, the ERP and the Bolivian ELN, headed by Mario Santucho.',
        null, null, null, false, 48);
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'jcr-acronym', id, 'ACRONYM', 'JCR', null, 1 from entry where slug = 'jcr';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'jcr-named' and n.name_key = 'jcr-acronym';
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'jcr-english', id, 'TRANSLATION', 'Revolutionary Coordinating Junta', 'en', 2 from entry where slug = 'jcr';
insert into citation (source_id, quotation_id, name_id) select q.source_id, q.id, n.id from quotation q, entry_name n where q.quote_key = 'jcr-named' and n.name_key = 'jcr-english';
insert into statement (statement_key, entry_id, text, position) select 'jcr-talks', id,
       'The groups that formed it had begun discussing working together as early as October 1972, pooling resources, information and safehouses.', 1 from entry where slug = 'jcr';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'alliance-talks' and s.statement_key = 'jcr-talks';
insert into statement (statement_key, entry_id, text, position) select 'jcr-idea', id,
       'The alliance was the idea of Miguel Enríquez of the MIR.', 2 from entry where slug = 'jcr';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'alliance-brainchild' and s.statement_key = 'jcr-idea';
insert into statement (statement_key, entry_id, text, position) select 'jcr-named', id,
       'According to the article, the four groups decided after the fall of Allende to formalize their alliance, and named it the JCR at a meeting in Buenos Aires.', 3 from entry where slug = 'jcr';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'alliance-formalized' and s.statement_key = 'jcr-named';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'jcr-named' and s.statement_key = 'jcr-named';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'jcr-note', entry_id, id, 'DISAGREEMENT',
       'Other works date the agreement and the name to August 1973, before the coup; a summit in Buenos Aires in November 1973 began joint action. The Bolivian ELN had joined in June 1973, and the alliance was announced publicly in early 1974.', 1 from statement where statement_key = 'jcr-named';
insert into citation (source_id, locator, note_id) select s.id, 'chapter on the JCR', n.id from source s, editorial_note n where s.slug = 'dinges-the-condor-years' and n.note_key = 'jcr-note';
insert into statement (statement_key, entry_id, text, position) select 'jcr-santucho', id,
       'It was to be headed by Mario Santucho, leader of the ERP.', 4 from entry where slug = 'jcr';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'santucho-heads-jcr' and s.statement_key = 'jcr-santucho';
insert into statement (statement_key, entry_id, text, position) select 'jcr-strengths', id,
       'According to the article it seemed poised to take on the Southern Cone dictatorships: the Bolivians brought revolutionary credibility, the ERP money from political kidnappings, the MIR a clandestine weapons facility and the Tupamaros their experience of urban guerrilla war.', 5 from entry where slug = 'jcr';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'jcr-poised' and s.statement_key = 'jcr-strengths';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'bolivians-che' and s.statement_key = 'jcr-strengths';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'erp-money' and s.statement_key = 'jcr-strengths';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'mir-weapons' and s.statement_key = 'jcr-strengths';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'tupamaros-urban' and s.statement_key = 'jcr-strengths';

-- Mario Santucho (person) ----------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PERSON', 'mario-santucho', 'Mario Santucho', 'santucho mario',
        'Leader of Argentina''s ERP, chosen to head the JCR.',
        null, null, null, true, 49);
insert into statement (statement_key, entry_id, text, position) select 'santucho-erp', id,
       'Mario Santucho was the leader of Argentina''s ERP.', 1 from entry where slug = 'mario-santucho';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'santucho-heads-jcr' and s.statement_key = 'santucho-erp';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'santucho-note', entry_id, id, 'PRECISION',
       'Other works give his full name as Mario Roberto Santucho, born on 12 August 1936, and record that he was killed on 19 July 1976 in Villa Martelli, in the province of Buenos Aires.', 1 from statement where statement_key = 'santucho-erp';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-mario-roberto-santucho' and n.note_key = 'santucho-note';
insert into statement (statement_key, entry_id, text, position) select 'santucho-jcr', id,
       'The JCR was to be headed by him.', 2 from entry where slug = 'mario-santucho';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'santucho-heads-jcr' and s.statement_key = 'santucho-jcr';

-- Southern Cone (place) ------------------------------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('PLACE', 'southern-cone', 'Southern Cone', 'southern cone',
        'Region whose dictatorships, according to the article, the JCR seemed poised to take on.',
        null, null, null, false, 50);
insert into statement (statement_key, entry_id, text, position) select 'southern-cone-jcr', id,
       'According to the article, the JCR seemed poised to take on the Southern Cone dictatorships.', 1 from entry where slug = 'southern-cone';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'jcr-poised' and s.statement_key = 'southern-cone-jcr';

-- Imprisonment of Marcello Ferrada-Noli (event) ------------------------------------------
insert into entry (kind, slug, name, sort_key, summary, date_edtf, date_earliest, date_latest, content_note, position)
values ('EVENT', 'imprisonment-of-marcello-ferrada-noli', 'Imprisonment of Marcello Ferrada-Noli', 'imprisonment of marcello ferrada-noli',
        'The imprisonment of the MIR founder Marcello Ferrada-Noli after the 1973 coup, followed by exile.',
        '1973/1975', date '1973-01-01', date '1975-12-31', true, 51);
insert into citation (source_id, quotation_id, date_entry_id) select q.source_id, q.id, e.id from quotation q, entry e where q.quote_key = 'ferrada-noli-imprisoned' and e.slug = 'imprisonment-of-marcello-ferrada-noli';
insert into statement (statement_key, entry_id, text, position) select 'prison-article', id,
       'According to the article, Marcello Ferrada-Noli was one of the important MIR leaders rounded up early, and was held from 1973 to 1975 before going into exile.', 1 from entry where slug = 'imprisonment-of-marcello-ferrada-noli';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'leaders-rounded-up' and s.statement_key = 'prison-article';
insert into citation (source_id, quotation_id, statement_id) select q.source_id, q.id, s.id from quotation q, statement s where q.quote_key = 'ferrada-noli-imprisoned' and s.statement_key = 'prison-article';
insert into editorial_note (note_key, entry_id, statement_id, kind, text, position) select 'prison-note', entry_id, id, 'DISAGREEMENT',
       'Other works date his imprisonment to 1973, when he was held on Quiriquina Island, and place him in exile by 1974: on 3 April 1974 he testified before the Russell Tribunal in Rome.', 1 from statement where statement_key = 'prison-article';
insert into citation (source_id, locator, note_id) select s.id, null, n.id from source s, editorial_note n where s.slug = 'wikipedia-marcello-ferrada-de-noli' and n.note_key = 'prison-note';
