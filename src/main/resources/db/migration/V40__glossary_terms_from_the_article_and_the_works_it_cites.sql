-- The glossary's terms, in the order a reader of the article meets them. Each definition says
-- what the archive's works say of the term and no more: where a work gives no definition, the
-- term is explained by how the article uses it, in its words, attributed. The Spanish term is
-- cited where a work gives it (spanish_term_cited), else it is the archive's translation; the
-- Spanish definitions are the archive's own translation.
--
-- The article is quoted only through its quotation rows; other works are cited, never quoted.

-- insurgent
insert into glossary_term (term_key, term, spanish_term, spanish_term_cited, definition, definition_es, entry_id, position)
values ('insurgent', 'insurgent', 'insurgente', false,
       'The article''s word for the MIR, "a Chilean insurgent group" that in the 1970s, it says, "actively attempted to overthrow the Chilean government". It also writes that after the coup the military arrested anyone suspected of being "a communist or an insurgent".',
       'La palabra con que el artículo describe al MIR, «a Chilean insurgent group» («un grupo insurgente chileno») que en los años setenta, según dice, «actively attempted to overthrow the Chilean government» («intentó activamente derrocar al gobierno chileno»). También escribe que, tras el golpe, los militares detuvieron a cualquiera de quien se sospechara que era «a communist or an insurgent» («comunista o insurgente»).',
       null, 1);
insert into glossary_form (term_id, lang, form) select id, 'en', 'insurgent' from glossary_term where term_key = 'insurgent';
insert into glossary_form (term_id, lang, form) select id, 'en', 'insurgents' from glossary_term where term_key = 'insurgent';
insert into glossary_form (term_id, lang, form) select id, 'es', 'insurgente' from glossary_term where term_key = 'insurgent';
insert into glossary_form (term_id, lang, form) select id, 'es', 'insurgentes' from glossary_term where term_key = 'insurgent';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, q.source_id, q.id, null, 'DEFINITION', 1 from glossary_term t, quotation q where t.term_key = 'insurgent' and q.quote_key = 'mir-defined';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, q.source_id, q.id, null, 'DEFINITION', 2 from glossary_term t, quotation q where t.term_key = 'insurgent' and q.quote_key = 'mir-against-pinochet';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, q.source_id, q.id, null, 'DEFINITION', 3 from glossary_term t, quotation q where t.term_key = 'insurgent' and q.quote_key = 'wave-of-terror';

-- poblaciones
insert into glossary_term (term_key, term, spanish_term, spanish_term_cited, definition, definition_es, entry_id, position)
select 'poblaciones', 'poblaciones', 'poblaciones', true,
       'The Chilean name for poor and working-class neighbourhoods (singular población), where the article says the MIR "soon found some support" in Santiago. Spanish Wikipedia''s article on the poblaciones callampas describes the informal settlements that were one kind of them.',
       'El nombre chileno de los barrios pobres y obreros (en singular, población), donde, según el artículo, el MIR «soon found some support» («pronto encontró algún apoyo») en Santiago. El artículo de Wikipedia en español sobre las poblaciones callampas describe los asentamientos informales que fueron una de sus formas.',
       id, 2 from entry where slug = 'poor-and-working-class-neighbourhoods-of-santiago';
insert into glossary_form (term_id, lang, form) select id, 'en', 'poor and working-class neighbourhoods' from glossary_term where term_key = 'poblaciones';
insert into glossary_form (term_id, lang, form) select id, 'en', 'poor and working-class neighborhoods' from glossary_term where term_key = 'poblaciones';
insert into glossary_form (term_id, lang, form) select id, 'es', 'poblaciones' from glossary_term where term_key = 'poblaciones';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, q.source_id, q.id, null, 'DEFINITION', 1 from glossary_term t, quotation q where t.term_key = 'poblaciones' and q.quote_key = 'mir-support';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, s.id, null, null, 'DEFINITION', 2 from glossary_term t, source s where t.term_key = 'poblaciones' and s.slug = 'wikipedia-es-poblacion-callampa';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, s.id, null, null, 'SPANISH_TERM', 3 from glossary_term t, source s where t.term_key = 'poblaciones' and s.slug = 'wikipedia-es-poblacion-callampa';

-- nationalization
insert into glossary_term (term_key, term, spanish_term, spanish_term_cited, definition, definition_es, entry_id, position)
select 'nationalization', 'nationalization', 'nacionalización', true,
       'Among the reforms the article says Allende began in 1970 is the "nationalization of key industries (such as copper mining)". In Chile the nationalization of the large copper mines was made by an amendment of the constitution, Ley 17.450 of 1971.',
       'Entre las reformas que, según el artículo, Allende comenzó en 1970 está la «nationalization of key industries (such as copper mining)» («nacionalización de industrias clave, como la minería del cobre»). En Chile, la nacionalización de la gran minería del cobre se hizo por una reforma de la Constitución, la Ley 17.450 de 1971.',
       id, 3 from entry where slug = 'nationalization-of-copper-mining';
insert into glossary_form (term_id, lang, form) select id, 'en', 'nationalization' from glossary_term where term_key = 'nationalization';
insert into glossary_form (term_id, lang, form) select id, 'en', 'nationalisation' from glossary_term where term_key = 'nationalization';
insert into glossary_form (term_id, lang, form) select id, 'es', 'nacionalización' from glossary_term where term_key = 'nationalization';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, q.source_id, q.id, null, 'DEFINITION', 1 from glossary_term t, quotation q where t.term_key = 'nationalization' and q.quote_key = 'allende-reforms';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, s.id, null, null, 'DEFINITION', 2 from glossary_term t, source s where t.term_key = 'nationalization' and s.slug = 'ley-17450';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, s.id, null, null, 'SPANISH_TERM', 3 from glossary_term t, source s where t.term_key = 'nationalization' and s.slug = 'ley-17450';

-- land reform
insert into glossary_term (term_key, term, spanish_term, spanish_term_cited, definition, definition_es, entry_id, position)
select 'land-reform', 'land reform', 'reforma agraria', true,
       'The article says Allende was "beginning work on a land reform plan". Other works date Chile''s Agrarian Reform Law, No. 16.640, to 1967, under President Eduardo Frei, before Allende''s election: the entry on land reform gives both.',
       'El artículo dice que Allende estaba «beginning work on a land reform plan» («comenzando a trabajar en un plan de reforma agraria»). Otras obras fechan la Ley de Reforma Agraria de Chile, N.º 16.640, en 1967, bajo el presidente Eduardo Frei, antes de la elección de Allende: la entrada sobre la reforma agraria da ambas cosas.',
       id, 4 from entry where slug = 'land-reform';
insert into glossary_form (term_id, lang, form) select id, 'en', 'land reform' from glossary_term where term_key = 'land-reform';
insert into glossary_form (term_id, lang, form) select id, 'es', 'reforma agraria' from glossary_term where term_key = 'land-reform';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, q.source_id, q.id, null, 'DEFINITION', 1 from glossary_term t, quotation q where t.term_key = 'land-reform' and q.quote_key = 'allende-reforms';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, s.id, null, null, 'DEFINITION', 2 from glossary_term t, source s where t.term_key = 'land-reform' and s.slug = 'surmaule-promulgacion-ley-16640';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, s.id, null, null, 'DEFINITION', 3 from glossary_term t, source s where t.term_key = 'land-reform' and s.slug = 'wikipedia-chilean-land-reform';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, s.id, null, null, 'SPANISH_TERM', 4 from glossary_term t, source s where t.term_key = 'land-reform' and s.slug = 'surmaule-promulgacion-ley-16640';

-- coup d'état
insert into glossary_term (term_key, term, spanish_term, spanish_term_cited, definition, definition_es, entry_id, position)
select 'coup', 'coup d''état', 'golpe de Estado', true,
       'The article''s word for what happened on 11 September 1973, when, it says, General Augusto Pinochet "led a coup against Allende". In Chile it is called the golpe de Estado of 1973, as Spanish Wikipedia titles its article on it.',
       'La palabra con que el artículo nombra lo ocurrido el 11 de septiembre de 1973, cuando, según dice, el general Augusto Pinochet «led a coup against Allende» («encabezó un golpe contra Allende»). En Chile se le llama golpe de Estado de 1973, como titula su artículo Wikipedia en español.',
       id, 5 from entry where slug = 'coup-of-11-september-1973';
insert into glossary_form (term_id, lang, form) select id, 'en', 'coup d''etat' from glossary_term where term_key = 'coup';
insert into glossary_form (term_id, lang, form) select id, 'en', 'coup d''état' from glossary_term where term_key = 'coup';
insert into glossary_form (term_id, lang, form) select id, 'en', 'coup' from glossary_term where term_key = 'coup';
insert into glossary_form (term_id, lang, form) select id, 'es', 'golpe de Estado' from glossary_term where term_key = 'coup';
insert into glossary_form (term_id, lang, form) select id, 'es', 'golpe' from glossary_term where term_key = 'coup';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, q.source_id, q.id, null, 'DEFINITION', 1 from glossary_term t, quotation q where t.term_key = 'coup' and q.quote_key = 'coup';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, s.id, null, null, 'SPANISH_TERM', 2 from glossary_term t, source s where t.term_key = 'coup' and s.slug = 'wikipedia-es-golpe-de-estado-en-chile-de-1973';

-- concentration camp
insert into glossary_term (term_key, term, spanish_term, spanish_term_cited, definition, definition_es, entry_id, position)
select 'concentration-camp', 'concentration camp', 'campo de concentración', true,
       'The article''s words for where the military held those it arrested after the coup: it writes of "concentration camps in the stadium and all over the city" of Santiago. Spanish Wikipedia''s article on the detention centre at the Estadio Nacional calls it a concentration camp for political prisoners.',
       'Las palabras con que el artículo nombra los lugares donde los militares retuvieron a quienes detuvieron tras el golpe: escribe «concentration camps in the stadium and all over the city» («campos de concentración en el estadio y por toda la ciudad») de Santiago. El artículo de Wikipedia en español sobre el centro de detención del Estadio Nacional lo llama campo de concentración de prisioneros políticos.',
       id, 6 from entry where slug = 'national-stadium';
insert into glossary_form (term_id, lang, form) select id, 'en', 'concentration camps' from glossary_term where term_key = 'concentration-camp';
insert into glossary_form (term_id, lang, form) select id, 'en', 'concentration camp' from glossary_term where term_key = 'concentration-camp';
insert into glossary_form (term_id, lang, form) select id, 'es', 'campos de concentración' from glossary_term where term_key = 'concentration-camp';
insert into glossary_form (term_id, lang, form) select id, 'es', 'campo de concentración' from glossary_term where term_key = 'concentration-camp';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, q.source_id, q.id, null, 'DEFINITION', 1 from glossary_term t, quotation q where t.term_key = 'concentration-camp' and q.quote_key = 'wave-of-terror';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, s.id, null, null, 'DEFINITION', 2 from glossary_term t, source s where t.term_key = 'concentration-camp' and s.slug = 'wikipedia-es-estadio-nacional-centro-de-detencion';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, s.id, null, null, 'SPANISH_TERM', 3 from glossary_term t, source s where t.term_key = 'concentration-camp' and s.slug = 'wikipedia-es-estadio-nacional-centro-de-detencion';

-- DINA
insert into glossary_term (term_key, term, spanish_term, spanish_term_cited, definition, definition_es, entry_id, position)
select 'dina', 'DINA', 'DINA', true,
       'The Dirección de Inteligencia Nacional (National Intelligence Directorate), which, the article says, Pinochet created and which "soon became known as DINA"; it put Colonel Manuel Contreras "in charge of rooting out the MIR and other insurgents". Spanish Wikipedia names its successor, the Central Nacional de Informaciones (CNI).',
       'La Dirección de Inteligencia Nacional, que, según el artículo, creó Pinochet y que «soon became known as DINA» («pronto se conoció como DINA»); a su cabeza puso al coronel Manuel Contreras, «in charge of rooting out the MIR and other insurgents» («encargado de erradicar al MIR y a otros insurgentes»). Wikipedia en español nombra a su sucesora, la Central Nacional de Informaciones (CNI).',
       id, 7 from entry where slug = 'dina';
insert into glossary_form (term_id, lang, form) select id, 'en', 'DINA' from glossary_term where term_key = 'dina';
insert into glossary_form (term_id, lang, form) select id, 'es', 'DINA' from glossary_term where term_key = 'dina';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, q.source_id, q.id, null, 'DEFINITION', 1 from glossary_term t, quotation q where t.term_key = 'dina' and q.quote_key = 'dina-created';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, q.source_id, q.id, null, 'DEFINITION', 2 from glossary_term t, quotation q where t.term_key = 'dina' and q.quote_key = 'contreras-in-charge';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, s.id, null, null, 'DEFINITION', 3 from glossary_term t, source s where t.term_key = 'dina' and s.slug = 'wikipedia-es-direccion-de-inteligencia-nacional';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, s.id, null, null, 'SPANISH_TERM', 4 from glossary_term t, source s where t.term_key = 'dina' and s.slug = 'wikipedia-es-direccion-de-inteligencia-nacional';

-- junta
insert into glossary_term (term_key, term, spanish_term, spanish_term_cited, definition, definition_es, entry_id, position)
select 'junta', 'junta', 'junta', true,
       'A Spanish word the article keeps in the name of the JCR, "Junta Coordinadora Revolucionaria", which it translates as "Revolutionary Coordinating Junta". The MIR-OTR''s paper A Vencer writes the name Junta de Coordinación Revolucionaria.',
       'Palabra castellana que el artículo conserva en el nombre de la JCR, «Junta Coordinadora Revolucionaria», y que traduce al inglés como «Revolutionary Coordinating Junta». El periódico A Vencer, del MIR-OTR, escribe el nombre Junta de Coordinación Revolucionaria.',
       id, 8 from entry where slug = 'jcr';
insert into glossary_form (term_id, lang, form) select id, 'en', 'Junta' from glossary_term where term_key = 'junta';
insert into glossary_form (term_id, lang, form) select id, 'es', 'Junta' from glossary_term where term_key = 'junta';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, q.source_id, q.id, null, 'DEFINITION', 1 from glossary_term t, quotation q where t.term_key = 'junta' and q.quote_key = 'jcr-named';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, s.id, null, null, 'DEFINITION', 2 from glossary_term t, source s where t.term_key = 'junta' and s.slug = 'a-vencer-nace-la-junta-de-coordinacion-revolucionaria';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, q.source_id, q.id, null, 'SPANISH_TERM', 3 from glossary_term t, quotation q where t.term_key = 'junta' and q.quote_key = 'jcr-named';

-- Southern Cone
insert into glossary_term (term_key, term, spanish_term, spanish_term_cited, definition, definition_es, entry_id, position)
select 'southern-cone', 'Southern Cone', 'Cono Sur', false,
       'A region of South America, which the article names only in "the Southern Cone dictatorships" that the JCR "seemed poised to take on". None of the archive''s works says which countries it takes in.',
       'Región de América del Sur que el artículo nombra solo en «the Southern Cone dictatorships» («las dictaduras del Cono Sur»), que la JCR «seemed poised to take on» («parecía preparada para enfrentar»). Ninguna de las obras del archivo dice qué países abarca.',
       id, 9 from entry where slug = 'southern-cone';
insert into glossary_form (term_id, lang, form) select id, 'en', 'Southern Cone' from glossary_term where term_key = 'southern-cone';
insert into glossary_form (term_id, lang, form) select id, 'es', 'Cono Sur' from glossary_term where term_key = 'southern-cone';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, q.source_id, q.id, null, 'DEFINITION', 1 from glossary_term t, quotation q where t.term_key = 'southern-cone' and q.quote_key = 'jcr-poised';

-- mirista
insert into glossary_term (term_key, term, spanish_term, spanish_term_cited, definition, definition_es, entry_id, position)
select 'mirista', 'mirista', 'mirista', true,
       'A member of the MIR (plural miristas), as Spanish Wikipedia''s article on the movement calls its members.',
       'Militante del MIR (en plural, miristas), como llama a sus miembros el artículo de Wikipedia en español sobre el movimiento.',
       id, 10 from entry where slug = 'mir';
insert into glossary_form (term_id, lang, form) select id, 'en', 'mirista' from glossary_term where term_key = 'mirista';
insert into glossary_form (term_id, lang, form) select id, 'en', 'miristas' from glossary_term where term_key = 'mirista';
insert into glossary_form (term_id, lang, form) select id, 'es', 'mirista' from glossary_term where term_key = 'mirista';
insert into glossary_form (term_id, lang, form) select id, 'es', 'miristas' from glossary_term where term_key = 'mirista';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, s.id, null, null, 'DEFINITION', 1 from glossary_term t, source s where t.term_key = 'mirista' and s.slug = 'wikipedia-es-movimiento-de-izquierda-revolucionaria-chile';
insert into glossary_citation (term_id, source_id, quotation_id, locator, supports, position)
select t.id, s.id, null, null, 'SPANISH_TERM', 2 from glossary_term t, source s where t.term_key = 'mirista' and s.slug = 'wikipedia-es-movimiento-de-izquierda-revolucionaria-chile';
