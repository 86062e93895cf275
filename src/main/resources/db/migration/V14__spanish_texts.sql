-- The archive's Spanish: every content text of the seed as V11 corrected it, and of what V12 adds
-- and rewords, in the translation tables of V13, language 'es'. English stays in the base columns.
-- Each text says what the English says, no more and no less: attributions stay ("según el
-- artículo"), names of works keep their own language and quotations stay verbatim in English, with
-- the archive's rendering beside them. Register: Spanish as Chilean schools use it (golpe de Estado,
-- Fuerzas Armadas, poblaciones, sindicatos, nacionalización del cobre), and "asesinado" where the
-- English says "killed". The article's English glosses of Spanish names are left out.
--
-- Headwords: an entry gets a Spanish headword (entry_translation.name) only where a work gives a
-- Spanish form of its name; that form is then also one of the entry's names (lang 'es'), cited to
-- the work, like every name (docs/editorial-policy.md, section 1). The Spanish terms and where they
-- were read are in ../shared/source/corroboration-more.md, section 4. Everywhere else the name is
-- left null and the page keeps the entry's own name: a Spanish form no work gives is not a name.
--
-- Rows are found by their stable keys (slug, statement_key, note_key, relation_key, quote_key, a
-- work's slug with a note's position or a section's number), never by id. Portable SQL (H2 and
-- PostgreSQL).

-- =============================================================================================
-- A. A work that gives Spanish names the archive uses as headwords
-- =============================================================================================
-- Spanish Wikipedia's article on the coup: corroboration-more.md section 4 read it for the Spanish
-- names of the coup, of the Chilean Army and of the Armed Forces ("Golpe de Estado de
-- Chile de 1973", "Golpe de Estado del 11 de septiembre de 1973" as copies and addresses show it;
-- "golpe de Estado en Chile de 1973" as the notes give its title). Read through a proxy and a
-- mirror: the address is the desktop form of the one read, as the notes ask. The record follows
-- V11's rules for a Wikipedia article: credited to its contributors, no date of last edit shown,
-- the day it was read not recorded.
insert into source (slug, kind, title, subtitle, author, container, publisher, issued, url, summary, quotable, position, last_changed)
select 'wikipedia-es-golpe-de-estado-en-chile-de-1973', 'ENCYCLOPEDIA_ARTICLE', 'Golpe de Estado en Chile de 1973', null, 'Wikipedia contributors',
       'Wikipedia (Spanish)', 'Wikimedia Foundation', null, 'https://es.wikipedia.org/wiki/Golpe_de_Estado_del_11_de_septiembre_de_1973',
       'Spanish-language encyclopedia article on the coup of 11 September 1973; cited for the Spanish names of the coup, the Chilean Army and the Armed Forces.',
       false, max(position) + 1, timestamp with time zone '2026-12-06 22:30:00+00:00' from source;
insert into source_note (source_id, kind, text, position)
select id, 'DATE', 'The copy read showed no date of last edit. Accessed: the day was not recorded; the page was read, in a stored copy, for the archive''s research notes before its Spanish texts were written in December 2026.', 1 from source where slug = 'wikipedia-es-golpe-de-estado-en-chile-de-1973';
insert into source_note (source_id, kind, text, position)
select id, 'CAPTURE', 'Read in stored copies, through a proxy and a mirror, under more than one title: at the address given, and as “Golpe de Estado de Chile de 1973”. The archive''s research notes give its title as “Golpe de Estado en Chile de 1973”.', 2 from source where slug = 'wikipedia-es-golpe-de-estado-en-chile-de-1973';
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia en español sobre el golpe de Estado del 11 de septiembre de 1973; citado por los nombres en español del golpe, del Ejército de Chile y de las Fuerzas Armadas.' from source where slug = 'wikipedia-es-golpe-de-estado-en-chile-de-1973';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de que se escribieran sus textos en español, en diciembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-es-golpe-de-estado-en-chile-de-1973' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Leído en copias guardadas, a través de un proxy y de un sitio espejo, bajo más de un título: en la dirección indicada y como “Golpe de Estado de Chile de 1973”. Las notas de investigación del archivo dan como su título “Golpe de Estado en Chile de 1973”.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-es-golpe-de-estado-en-chile-de-1973' and n.position = 2;

-- =============================================================================================
-- B. Entries, one block each, in the order of the seed: summary (and headword where a cited
--    Spanish name is one), statements, editorial notes
-- =============================================================================================

-- Movimiento de Izquierda Revolucionaria ------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Organización revolucionaria chilena fundada en 1965, que pasó a la clandestinidad tras el golpe de Estado de 1973 para resistir a la dictadura de Pinochet.' from entry where slug = 'mir';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El artículo describe al MIR como un grupo insurgente chileno formado a mediados de la década de 1960.' from statement where statement_key = 'mir-insurgent-group';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, fue fundado en 1965 por una unión de grupos estudiantiles de izquierda, principalmente en Santiago.' from statement where statement_key = 'mir-founded';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Sus fundadores se inspiraron en la Revolución cubana, que esperaban repetir en Chile.' from statement where statement_key = 'mir-cuban-inspiration';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Pronto encontró cierto apoyo en las poblaciones y los barrios obreros de Santiago y entre los sindicatos.' from statement where statement_key = 'mir-support';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, su dirigente más importante fue Miguel Enríquez, su secretario general hasta su muerte en 1974.' from statement where statement_key = 'mir-enriquez';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El MIR apoyó al presidente Salvador Allende, pero, según el artículo, lo consideraba demasiado centrista y sus reformas, insuficientes.' from statement where statement_key = 'mir-and-allende';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Cuando se hizo evidente que los militares probablemente derrocarían a Allende, el MIR inició un programa para establecer contactos dentro de las Fuerzas Armadas; su plan era convencer a oficiales subalternos de la necesidad de apoyar al gobierno civil.' from statement where statement_key = 'mir-contacts';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Después del golpe de Estado del 11 de septiembre de 1973 optó por no enfrentar directamente al Ejército y pasar a la clandestinidad; muchos de sus dirigentes huyeron al extranjero.' from statement where statement_key = 'mir-underground';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Durante la década de 1970 intentó derrocar al gobierno encabezado por Augusto Pinochet.' from statement where statement_key = 'mir-against-pinochet';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, Miguel Enríquez recibió en Chile a miembros de grupos aliados para reuniones y entrenamiento militar en las instalaciones del MIR en lo profundo de la cordillera de los Andes, y el MIR tenía unas instalaciones clandestinas de armas.' from statement where statement_key = 'mir-andes';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Varios cientos de hombres y mujeres jóvenes vinculados al MIR estuvieron entre los miles de chilenos detenidos y torturados, y a menudo asesinados, bajo Pinochet.' from statement where statement_key = 'mir-repression';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Bajo tortura, los detenidos entregaron nombres de militantes, la ubicación de casas de seguridad e información sobre ataques; la red construida durante los años de Allende quedó comprometida en los primeros meses de la era de Pinochet.' from statement where statement_key = 'mir-network';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Después de que varios de sus principales dirigentes fueran capturados o asesinados, el MIR dejó de ser una amenaza seria para el gobierno de Chile.' from statement where statement_key = 'mir-no-longer-threat';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El artículo afirma que el MIR todavía existe como partido político, que ha renunciado a la violencia y busca el cambio por medio de la acción política.' from statement where statement_key = 'mir-today';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en español, “Movimiento de Izquierda Revolucionaria (Chile)”, y Wikipedia en inglés, “Revolutionary Left Movement (Chile)”, sitúan el congreso fundacional en Santiago el 14 y 15 de agosto de 1965, pero remontan el núcleo del MIR a estudiantes de la Universidad de Concepción, no de Santiago, a los que se sumaron sindicalistas como Clotario Blest y grupos trotskistas.' from editorial_note where note_key = 'mir-founders-origin';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Memoria Chilena, el sitio de la Biblioteca Nacional de Chile, registra en su página sobre el MIR que el MIR se dividió en 1986 y que sus facciones se disolvieron hacia 1990; un grupo sucesor renunció a la lucha armada en 1997 y recién en 2016 comenzó a reunir firmas para inscribirse como partido legal. La fecha que se muestra para el MIR, desde 1965 en adelante, sigue al artículo.' from editorial_note where note_key = 'mir-today-note';

-- Augusto Pinochet ----------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'General chileno que encabezó el golpe de Estado del 11 de septiembre de 1973 y luego dirigió el gobierno de Chile como dictador.' from entry where slug = 'augusto-pinochet';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El general Augusto Pinochet encabezó el golpe de Estado contra el presidente Salvador Allende el 11 de septiembre de 1973.' from statement where statement_key = 'pinochet-coup';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Luego dirigió el gobierno de Chile, que el artículo describe como una dictadura.' from statement where statement_key = 'pinochet-dictator';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Comenzó a modificar el Ejército para librar una guerra urbana contra los propios ciudadanos de Chile, con la ayuda de países como Estados Unidos y Brasil.' from statement where statement_key = 'pinochet-urban-war';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Creó la Dirección de Inteligencia Nacional (DINA) y puso al coronel Manuel Contreras a cargo de erradicar al MIR y a otros insurgentes.' from statement where statement_key = 'pinochet-dina';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El artículo no dice cuándo terminó su gobierno. The Associated Press, “Key Events in Recent Chilean History” (11 de marzo de 1990), registra que entregó la presidencia al electo Patricio Aylwin el 11 de marzo de 1990, fecha en que termina su dirección del gobierno que se muestra más abajo.' from editorial_note where note_key = 'pinochet-end-note';

-- Bautista Van Schouwen -----------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Aparece como estudiante junto a Marcello Ferrada-Noli y Miguel Enríquez en la fotografía publicada con el artículo.' from entry where slug = 'bautista-van-schouwen';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'La fotografía publicada con el artículo muestra a Bautista Van Schouwen con Marcello Ferrada-Noli y Miguel Enríquez en su época universitaria.' from statement where statement_key = 'van-schouwen-photograph';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El artículo no dice nada más sobre él. El registro de su caso de la Vicaría de la Solidaridad, publicado por Memoria Viva como “Van Schouwen Vasey Bautista”, da como fecha de su nacimiento el 3 de abril de 1943 y lo describe como cirujano y miembro del comité central del MIR, detenido en Santiago el 13 de diciembre de 1973 y desde entonces desaparecido.' from editorial_note where note_key = 'van-schouwen-note';

-- Marcello Ferrada-Noli -----------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Uno de los fundadores del MIR y autor de su declaración de principios; encarcelado tras el golpe de Estado de 1973 y luego exiliado.' from entry where slug = 'marcello-ferrada-noli';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Marcello Ferrada-Noli fue uno de los fundadores del MIR y redactó su declaración de principios.' from statement where statement_key = 'ferrada-noli-founder';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Él facilitó la fotografía del artículo en que aparece con Bautista Van Schouwen y Miguel Enríquez en su época universitaria.' from statement where statement_key = 'ferrada-noli-photograph';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Fue uno de los dirigentes importantes del MIR detenidos al comienzo de la era de Pinochet.' from statement where statement_key = 'ferrada-noli-arrested';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, estuvo preso de 1973 a 1975 antes de partir al exilio.' from statement where statement_key = 'ferrada-noli-imprisoned';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El artículo de Wikipedia en inglés sobre él, “Marcello Ferrada de Noli”, da su nombre como Marcello Ferrada de Noli.' from editorial_note where note_key = 'ferrada-noli-name-note';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en inglés, “Marcello Ferrada de Noli”, fecha su encarcelamiento en 1973, cuando estuvo detenido en la isla Quiriquina, y lo sitúa en el exilio en 1974: el 3 de abril de 1974 declaró ante el Tribunal Russell en Roma. Más tarde se estableció en Suecia, donde llegó a ser profesor del Instituto Karolinska. Las fechas 1973–1975 que se muestran para su encarcelamiento siguen al artículo.' from editorial_note where note_key = 'ferrada-noli-imprisoned-note';

-- Miguel Enríquez -----------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Médico chileno a quien el artículo llama el dirigente más importante del MIR; fue su secretario general hasta su muerte en 1974.' from entry where slug = 'miguel-enriquez';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Miguel Enríquez era médico; el artículo lo describe como carismático, incansable e idealista.' from statement where statement_key = 'enriquez-doctor';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El artículo lo llama el dirigente más importante del MIR; fue su secretario general hasta su muerte en 1974.' from statement where statement_key = 'enriquez-secretary';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Aparece con Bautista Van Schouwen y Marcello Ferrada-Noli en una fotografía de su época universitaria.' from statement where statement_key = 'enriquez-photograph';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'La alianza de grupos revolucionarios sudamericanos que llegó a ser la JCR fue idea suya; recibió a sus miembros en Chile para reuniones y entrenamiento militar en las instalaciones del MIR en la cordillera de los Andes.' from statement where statement_key = 'enriquez-alliance';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Permaneció en Chile cuando se formó la JCR, que iba a ser encabezada por Mario Santucho, del ERP.' from statement where statement_key = 'enriquez-stayed';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en español, “Miguel Enríquez”, agrega que nació en Talcahuano el 27 de marzo de 1944, que era médico, que llegó a ser secretario general del MIR en 1967 y que fue asesinado en una operación de la DINA en San Miguel, Santiago, el 5 de octubre de 1974.' from editorial_note where note_key = 'enriquez-note';

-- Salvador Allende ----------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Político socialista elegido presidente de Chile en 1970; murió en el palacio presidencial durante el golpe de Estado del 11 de septiembre de 1973.' from entry where slug = 'salvador-allende';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Salvador Allende, político socialista, fue elegido presidente de Chile en 1970.' from statement where statement_key = 'allende-elected';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, inició de inmediato reformas, entre ellas nacionalizar industrias clave como la minería del cobre, tomar el control de la educación y la salud, y comenzar a trabajar en un plan de reforma agraria.' from statement where statement_key = 'allende-reforms';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El MIR lo apoyó, aunque lo consideraba demasiado centrista y sus reformas, insuficientes.' from statement where statement_key = 'allende-mir';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Su sobrino Andrés Pascal Allende fue uno de los jóvenes dirigentes del MIR.' from statement where statement_key = 'allende-nephew';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Los altos mandos del Ejército aumentaron su presión sobre él después de enterarse de los contactos del MIR en las Fuerzas Armadas.' from statement where statement_key = 'allende-pressure';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Se suicidó dentro del palacio presidencial durante el golpe de Estado encabezado por el general Augusto Pinochet el 11 de septiembre de 1973.' from statement where statement_key = 'allende-death';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'La reforma agraria no comenzó con Allende: Wikipedia en inglés, “Chilean land reform”, registra que la Ley de Reforma Agraria, n.º 16.640, se dictó bajo el presidente Eduardo Frei en 1967, y que el gobierno de la Unidad Popular de Allende continuó la reforma al amparo de esa ley y la aceleró. Ninguna de las obras que el archivo ha leído dice que su gobierno tomara el control de la educación o la salud: el servicio nacional de salud de Chile, el Servicio Nacional de Salud, había sido creado en 1952 por la Ley 10.383, y el plan de su gobierno para un sistema escolar nacional único, la Escuela Nacional Unificada, dado a conocer en 1973, nunca se llevó a la práctica (Memoria Chilena, “Escuela Nacional Unificada (ENU)”).' from editorial_note where note_key = 'allende-reforms-note';

-- Government of Chile -------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'El gobierno de Chile, encabezado por Salvador Allende desde 1970 y por Augusto Pinochet tras el golpe de Estado del 11 de septiembre de 1973.' from entry where slug = 'chilean-government';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Salvador Allende lo encabezó como presidente de Chile desde su elección en 1970 hasta el golpe de Estado del 11 de septiembre de 1973.' from statement where statement_key = 'government-allende';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Después del golpe de Estado lo dirigió Augusto Pinochet, cuyo gobierno el MIR intentó derrocar durante la década de 1970.' from statement where statement_key = 'government-pinochet';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Después de que varios de los principales dirigentes del MIR fueran capturados o asesinados, el MIR dejó de ser una amenaza seria para él.' from statement where statement_key = 'government-mir-threat';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El artículo no dice cuándo terminó el gobierno de Pinochet. The Associated Press, “Key Events in Recent Chilean History” (11 de marzo de 1990), registra que entregó la presidencia al electo Patricio Aylwin el 11 de marzo de 1990, fecha en que termina su dirección que se muestra más abajo.' from editorial_note where note_key = 'government-pinochet-note';

-- Founding of the MIR -------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'La fundación del MIR en 1965, según el artículo por una unión de grupos estudiantiles de izquierda, principalmente en Santiago.' from entry where slug = 'founding-of-the-mir';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, el MIR fue fundado en 1965 por una unión de grupos estudiantiles de izquierda, principalmente en Santiago.' from statement where statement_key = 'founding-union';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Marcello Ferrada-Noli fue uno de los fundadores y redactó la declaración de principios del MIR.' from statement where statement_key = 'founding-ferrada-noli';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Los fundadores se inspiraron en la Revolución cubana.' from statement where statement_key = 'founding-cuba';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en español, “Movimiento de Izquierda Revolucionaria (Chile)”, y Wikipedia en inglés, “Revolutionary Left Movement (Chile)”, sitúan el congreso fundacional en Santiago el 14 y 15 de agosto de 1965, pero remontan el núcleo del MIR a estudiantes de la Universidad de Concepción, no de Santiago, a los que se sumaron sindicalistas como Clotario Blest y grupos trotskistas.' from editorial_note where note_key = 'founding-note';

-- Leftist student groups ----------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Los grupos estudiantiles cuya unión, según el artículo, fundó el MIR en 1965.' from entry where slug = 'leftist-student-groups';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, el MIR fue fundado en 1965 por una unión de grupos estudiantiles de izquierda, principalmente en Santiago.' from statement where statement_key = 'student-groups-founded-mir';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Los fundadores se inspiraron en la Revolución cubana, que esperaban repetir en Chile.' from statement where statement_key = 'student-groups-cuba';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en español, “Movimiento de Izquierda Revolucionaria (Chile)”, y Wikipedia en inglés, “Revolutionary Left Movement (Chile)”, sitúan el congreso fundacional en Santiago el 14 y 15 de agosto de 1965, pero remontan el núcleo del MIR a estudiantes de la Universidad de Concepción, no de Santiago, a los que se sumaron sindicalistas como Clotario Blest y grupos trotskistas.' from editorial_note where note_key = 'student-groups-origin-note';

-- Santiago ------------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Ciudad donde, según el artículo, se fundó el MIR, y cuyas calles el Ejército se movilizó rápidamente para tomar en el golpe de Estado del 11 de septiembre de 1973.' from entry where slug = 'santiago';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, el MIR fue fundado por una unión de grupos estudiantiles de izquierda, principalmente en Santiago.' from statement where statement_key = 'santiago-founding';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El MIR encontró cierto apoyo en las poblaciones y los barrios obreros de la ciudad.' from statement where statement_key = 'santiago-support';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Después del golpe de Estado, el Ejército se movilizó rápidamente para tomar las calles de Santiago. El artículo describe una ola de terror que se extendió por la ciudad, con campos de concentración instalados en el estadio y por toda la ciudad.' from statement where statement_key = 'santiago-coup';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en español, “Movimiento de Izquierda Revolucionaria (Chile)”, y Wikipedia en inglés, “Revolutionary Left Movement (Chile)”, sitúan el congreso fundacional en Santiago el 14 y 15 de agosto de 1965, pero remontan el núcleo del MIR a estudiantes de la Universidad de Concepción, no de Santiago, a los que se sumaron sindicalistas como Clotario Blest y grupos trotskistas.' from editorial_note where note_key = 'santiago-founding-note';

-- Cuban Revolution ----------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'La revolución que inspiró a los fundadores del MIR y, según el artículo, muchos otros intentos de imitarla.' from entry where slug = 'cuban-revolution';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Los fundadores del MIR se inspiraron en la Revolución cubana y esperaban repetirla en Chile.' from statement where statement_key = 'cuba-inspired-mir';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, dio origen a muchos intentos de imitación en Sudamérica además del MIR.' from statement where statement_key = 'cuba-imitations';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El artículo no fecha la Revolución cubana.' from statement where statement_key = 'cuba-undated';

-- Cuba ----------------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'País de la Revolución cubana, en la que se inspiraron los fundadores del MIR.' from entry where slug = 'cuba';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El artículo nombra a Cuba a través de la Revolución cubana, en la que se inspiraron los fundadores del MIR y que esperaban repetir en Chile.' from statement where statement_key = 'cuba-revolution';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, la Revolución cubana dio origen a muchos intentos de imitación, no solo el MIR.' from statement where statement_key = 'cuba-imitation';

-- Poor and working-class neighbourhoods of Santiago -------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', 'Poblaciones', 'poblaciones',
       'Las poblaciones y los barrios obreros de Santiago donde el MIR pronto encontró cierto apoyo.' from entry where slug = 'poor-and-working-class-neighbourhoods-of-santiago';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El MIR pronto encontró cierto apoyo en las poblaciones y los barrios obreros de Santiago.' from statement where statement_key = 'neighbourhoods-support';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en español, “Población callampa”, da el nombre que se usa en Chile para un barrio pobre: una población (en plural, poblaciones), cuyos habitantes son los pobladores.' from editorial_note where note_key = 'neighbourhoods-name-note';

-- Trade unions --------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Los sindicatos chilenos entre los que el MIR pronto encontró cierto apoyo.' from entry where slug = 'trade-unions';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El MIR pronto encontró cierto apoyo entre los sindicatos.' from statement where statement_key = 'unions-support';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en español, “Movimiento de Izquierda Revolucionaria (Chile)”, y Wikipedia en inglés, “Revolutionary Left Movement (Chile)”, registran que sindicalistas, entre ellos Clotario Blest, participaron en la fundación del MIR en 1965.' from editorial_note where note_key = 'unions-founding-note';

-- Death of Miguel Enríquez --------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'La muerte en 1974 de Miguel Enríquez, secretario general del MIR.' from entry where slug = 'death-of-miguel-enriquez';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Miguel Enríquez fue secretario general del MIR hasta su muerte en 1974.' from statement where statement_key = 'death-enriquez-1974';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El artículo no dice cómo murió. Wikipedia en español, “Miguel Enríquez”, registra que fue asesinado en una operación de la DINA en San Miguel, Santiago, el 5 de octubre de 1974.' from editorial_note where note_key = 'death-enriquez-note';

-- Election of Salvador Allende ----------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'La elección del socialista Salvador Allende como presidente de Chile en 1970.' from entry where slug = 'election-of-salvador-allende';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'En 1970 el político socialista Salvador Allende fue elegido presidente de Chile.' from statement where statement_key = 'election-1970';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El MIR apoyó a Allende, pero lo consideraba demasiado centrista.' from statement where statement_key = 'election-mir';

-- Chile ---------------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'País en el que se fundó el MIR y en el que combatió a la dictadura de Pinochet.' from entry where slug = 'chile';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El artículo describe al MIR como un grupo insurgente chileno.' from statement where statement_key = 'chile-mir';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Los fundadores del MIR esperaban repetir la Revolución cubana en Chile.' from statement where statement_key = 'chile-cuba';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Salvador Allende fue elegido presidente de Chile en 1970.' from statement where statement_key = 'chile-allende';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Miguel Enríquez recibió en Chile a miembros de grupos revolucionarios aliados para reuniones y entrenamiento militar.' from statement where statement_key = 'chile-host';

-- Reforms of the Allende government -----------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Las reformas que Salvador Allende inició tras su elección en 1970, entre ellas la nacionalización del cobre.' from entry where slug = 'allende-reforms';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, Salvador Allende inició de inmediato reformas tras su elección en 1970: nacionalizar industrias clave como la minería del cobre, tomar el control de la educación y la salud, y comenzar a trabajar en un plan de reforma agraria.' from statement where statement_key = 'reforms-list';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El MIR consideraba las reformas un buen comienzo que no iba lo suficientemente lejos.' from statement where statement_key = 'reforms-mir';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El cobre fue nacionalizado por una reforma constitucional, la Ley 17.450, en julio de 1971.' from editorial_note where note_key = 'reforms-copper-note';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'La reforma agraria no comenzó con Allende: Wikipedia en inglés, “Chilean land reform”, registra que la Ley de Reforma Agraria, n.º 16.640, se dictó bajo el presidente Eduardo Frei en 1967, y que el gobierno de la Unidad Popular de Allende continuó la reforma al amparo de esa ley y la aceleró. Ninguna de las obras que el archivo ha leído dice que su gobierno tomara el control de la educación o la salud: el servicio nacional de salud de Chile, el Servicio Nacional de Salud, había sido creado en 1952 por la Ley 10.383, y el plan de su gobierno para un sistema escolar nacional único, la Escuela Nacional Unificada, dado a conocer en 1973, nunca se llevó a la práctica (Memoria Chilena, “Escuela Nacional Unificada (ENU)”).' from editorial_note where note_key = 'reforms-list-note';

-- Nationalization of copper mining ------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'La nacionalización de industrias clave, como la minería del cobre, entre las reformas que Salvador Allende inició tras su elección en 1970.' from entry where slug = 'nationalization-of-copper-mining';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Tras su elección en 1970, Salvador Allende inició de inmediato reformas, entre ellas la nacionalización de industrias clave como la minería del cobre.' from statement where statement_key = 'copper-reform';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El MIR consideraba las reformas de Allende un buen comienzo que no iba lo suficientemente lejos.' from statement where statement_key = 'copper-mir';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El artículo no fecha la nacionalización. Las grandes minas de cobre fueron nacionalizadas por una reforma constitucional, la Ley 17.450, que el Congreso aprobó el 11 de julio de 1971: la fecha que se muestra para esta entrada es la de esa ley.' from editorial_note where note_key = 'copper-date-note';

-- Takeover of education -----------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Tomar el control de la educación, una de las reformas que, según el artículo, Salvador Allende inició tras su elección en 1970.' from entry where slug = 'takeover-of-education';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, tras su elección en 1970 Salvador Allende inició de inmediato reformas, entre ellas tomar el control de la educación.' from statement where statement_key = 'education-reform';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Ninguna de las obras que el archivo ha leído dice que el gobierno de Allende tomara el control de la educación: su plan para un sistema escolar nacional único, la Escuela Nacional Unificada, dado a conocer en 1973, nunca se llevó a la práctica (Memoria Chilena, “Escuela Nacional Unificada (ENU)”).' from editorial_note where note_key = 'education-reform-note';

-- Takeover of health care ---------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Tomar el control de la salud, una de las reformas que, según el artículo, Salvador Allende inició tras su elección en 1970.' from entry where slug = 'takeover-of-health-care';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, tras su elección en 1970 Salvador Allende inició de inmediato reformas, entre ellas tomar el control de la salud.' from statement where statement_key = 'health-reform';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Ninguna de las obras que el archivo ha leído dice que el gobierno de Allende tomara el control de la salud: el servicio nacional de salud de Chile, el Servicio Nacional de Salud, había sido creado en 1952 por la Ley 10.383.' from editorial_note where note_key = 'health-reform-note';

-- Land reform ---------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', 'Reforma agraria', 'reforma agraria',
       'El plan de reforma agraria en el que, según el artículo, Salvador Allende comenzó a trabajar tras su elección en 1970.' from entry where slug = 'land-reform';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, tras su elección en 1970 Salvador Allende inició de inmediato reformas, entre ellas comenzar a trabajar en un plan de reforma agraria.' from statement where statement_key = 'land-reform-plan';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'La reforma agraria no comenzó con Allende: Wikipedia en inglés, “Chilean land reform”, registra que la Ley de Reforma Agraria, n.º 16.640, se dictó bajo el presidente Eduardo Frei en 1967, y que el gobierno de la Unidad Popular de Allende continuó la reforma al amparo de esa ley y la aceleró.' from editorial_note where note_key = 'land-reform-note';

-- Andrés Pascal Allende -----------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Sobrino de Salvador Allende y uno de los jóvenes dirigentes del MIR.' from entry where slug = 'andres-pascal-allende';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Andrés Pascal Allende, sobrino de Salvador Allende, fue uno de los jóvenes dirigentes del MIR.' from statement where statement_key = 'pascal-allende-leader';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en inglés, “Andrés Pascal Allende”, agrega que nació en 1943, hijo de Laura Allende, hermana de Salvador Allende, y que dirigió el MIR después de la muerte de Miguel Enríquez, como su secretario general de 1974 a 1986.' from editorial_note where note_key = 'pascal-allende-note';

-- The MIR's contacts in the armed forces ------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'El intento del MIR, antes del golpe de Estado de 1973, de ganar a oficiales subalternos para la defensa del gobierno civil.' from entry where slug = 'mir-contacts-in-the-armed-forces';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Cuando se hizo evidente que los militares probablemente derrocarían a Allende, el MIR inició un programa activo para establecer contactos dentro de las Fuerzas Armadas.' from statement where statement_key = 'contacts-program';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Su plan era convencer a oficiales subalternos de la necesidad de apoyar al gobierno civil; el MIR esperaba que, llegado el momento, esos jóvenes desobedecieran las órdenes de sus superiores y apoyaran la democracia de Chile.' from statement where statement_key = 'contacts-plan';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Los altos oficiales del Ejército se enteraron del plan; temían un Ejército dividido y una guerra civil.' from statement where statement_key = 'contacts-discovered';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El artículo no fecha el programa; lo sitúa antes del golpe de Estado del 11 de septiembre de 1973.' from statement where statement_key = 'contacts-undated';

-- Chilean Armed Forces ------------------------------------------------------------------
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'armed-forces-spanish', id, 'TRANSLATION', 'Fuerzas Armadas de Chile', 'es', (select coalesce(max(position), 0) + 1 from entry_name where entry_id = e.id) from entry e where slug = 'chilean-armed-forces';
insert into citation (source_id, locator, name_id) select s.id, null, n.id from source s, entry_name n where s.slug = 'wikipedia-es-golpe-de-estado-en-chile-de-1973' and n.name_key = 'armed-forces-spanish';
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', 'Fuerzas Armadas de Chile', 'fuerzas armadas de chile',
       'Las Fuerzas Armadas de Chile, dentro de las cuales el MIR buscó contactos antes del golpe de Estado de 1973.' from entry where slug = 'chilean-armed-forces';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Antes del golpe de Estado de 1973, el MIR buscó contactos dentro de las Fuerzas Armadas.' from statement where statement_key = 'armed-forces-contacts';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, el general Carlos Prats fue su jefe hasta que dejó el cargo a comienzos de septiembre de 1973.' from statement where statement_key = 'armed-forces-prats';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, después del golpe de Estado los militares detuvieron a cualquiera que fuera siquiera remotamente sospechoso de ser comunista o insurgente, e instalaron campos de concentración en el estadio y por todo Santiago.' from statement where statement_key = 'armed-forces-arrests';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en inglés, “Carlos Prats”, registra que Prats era comandante en jefe del Ejército, no jefe de todas las Fuerzas Armadas, y que renunció el 23 de agosto de 1973. Su vínculo con las Fuerzas Armadas que se muestra más abajo, como su jefe hasta septiembre de 1973, sigue al artículo.' from editorial_note where note_key = 'armed-forces-prats-note';

-- Chilean Army --------------------------------------------------------------------------
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'army-spanish', id, 'TRANSLATION', 'Ejército de Chile', 'es', (select coalesce(max(position), 0) + 1 from entry_name where entry_id = e.id) from entry e where slug = 'chilean-army';
insert into citation (source_id, locator, name_id) select s.id, null, n.id from source s, entry_name n where s.slug = 'wikipedia-es-golpe-de-estado-en-chile-de-1973' and n.name_key = 'army-spanish';
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', 'Ejército de Chile', 'ejercito de chile',
       'El Ejército de Chile, cuyos altos oficiales se esforzaron por apartar de sus filas a los oficiales y soldados contactados por el MIR; se movilizó para tomar Santiago en el golpe de Estado de 1973, y Pinochet comenzó luego a modificarlo para la guerra urbana.' from entry where slug = 'chilean-army';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Sus altos oficiales se enteraron de los contactos del MIR y temieron un Ejército dividido que pudiera llevar a una guerra civil.' from statement where statement_key = 'army-horrified';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Se esforzaron por identificar a los jóvenes oficiales y soldados a quienes el MIR había contactado y apartarlos de sus filas, y aumentaron su presión sobre Allende.' from statement where statement_key = 'army-weeded-out';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'En el golpe de Estado del 11 de septiembre de 1973, el Ejército se movilizó rápidamente para tomar las calles de Santiago.' from statement where statement_key = 'army-streets';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Pinochet comenzó luego a modificarlo para librar una guerra urbana contra los propios ciudadanos de Chile, con la ayuda de países como Estados Unidos y Brasil.' from statement where statement_key = 'army-urban-war';

-- Purge of officers contacted by the MIR ------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Los esfuerzos de los altos oficiales del Ejército, antes del golpe de Estado de 1973, por identificar y apartar de sus filas a los oficiales y soldados contactados por el MIR.' from entry where slug = 'purge-of-officers-contacted-by-the-mir';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Los altos oficiales del Ejército de Chile se esforzaron por identificar a los jóvenes oficiales y soldados que habían sido contactados por el MIR y apartarlos de sus filas.' from statement where statement_key = 'purge-weeded-out';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Para cuando se produjo el golpe de Estado, los oficiales simpatizantes ya habían sido erradicados.' from statement where statement_key = 'purge-result';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El artículo no fecha la depuración; la sitúa antes del golpe de Estado del 11 de septiembre de 1973.' from statement where statement_key = 'purge-undated';

-- Carlos Prats --------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'General chileno a quien el artículo describe como partidario de la democracia y como jefe de las Fuerzas Armadas hasta que dejó el cargo a comienzos de septiembre de 1973.' from entry where slug = 'carlos-prats';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El artículo describe al general Carlos Prats como jefe de las Fuerzas Armadas de Chile y partidario de la democracia.' from statement where statement_key = 'prats-head';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, dejó el cargo a comienzos de septiembre de 1973, sabiendo que su salida aceleraría el golpe de Estado.' from statement where statement_key = 'prats-steps-down';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en inglés, “Carlos Prats”, registra que Prats renunció el 23 de agosto de 1973 y que mandaba el Ejército, como su comandante en jefe, y no todas las Fuerzas Armadas; recomendó a Pinochet como su sucesor. Él y su esposa fueron asesinados con un auto bomba en Buenos Aires el 30 de septiembre de 1974, en un atentado atribuido a la DINA. La fecha que se muestra para su salida del cargo, septiembre de 1973, y su vínculo con las Fuerzas Armadas como su jefe siguen al artículo.' from editorial_note where note_key = 'prats-note';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en inglés, “Carlos Prats”, registra que era comandante en jefe del Ejército, no jefe de todas las Fuerzas Armadas.' from editorial_note where note_key = 'prats-head-note';

-- Carlos Prats steps down ---------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'La salida del general Carlos Prats del mando poco antes del golpe de Estado de 1973.' from entry where slug = 'carlos-prats-steps-down';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, el general Carlos Prats dejó el cargo de jefe de las Fuerzas Armadas de Chile a comienzos de septiembre de 1973, sabiendo que su salida aceleraría el golpe de Estado.' from statement where statement_key = 'resignation-article';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en inglés, “Carlos Prats”, fecha su renuncia el 23 de agosto de 1973 y la describe como su renuncia como comandante en jefe del Ejército, no de todas las Fuerzas Armadas; recomendó a Pinochet como su sucesor. La fecha que se muestra para este hecho, septiembre de 1973, sigue al artículo.' from editorial_note where note_key = 'resignation-note';

-- Coup of 11 September 1973 -------------------------------------------------------------
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'coup-spanish', id, 'TRANSLATION', 'Golpe de Estado del 11 de septiembre de 1973', 'es', (select coalesce(max(position), 0) + 1 from entry_name where entry_id = e.id) from entry e where slug = 'coup-of-11-september-1973';
insert into citation (source_id, locator, name_id) select s.id, null, n.id from source s, entry_name n where s.slug = 'wikipedia-es-golpe-de-estado-en-chile-de-1973' and n.name_key = 'coup-spanish';
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', 'Golpe de Estado del 11 de septiembre de 1973', 'golpe de estado del 11 de septiembre de 1973',
       'El golpe militar encabezado por el general Augusto Pinochet que derrocó al presidente Salvador Allende.' from entry where slug = 'coup-of-11-september-1973';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El 11 de septiembre de 1973 el general Augusto Pinochet encabezó un golpe de Estado contra el presidente Salvador Allende, que terminó con el suicidio de Allende dentro del palacio presidencial.' from statement where statement_key = 'coup-led';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, el general Carlos Prats dejó el cargo poco antes del golpe de Estado, sabiendo que su salida lo aceleraría.' from statement where statement_key = 'coup-prats';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El golpe de Estado llegó demasiado fuerte y demasiado rápido para el MIR: los oficiales simpatizantes ya habían sido erradicados, y el Ejército se movilizó rápidamente para tomar las calles de Santiago.' from statement where statement_key = 'coup-mir';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en inglés, “Carlos Prats”, fecha su renuncia, como comandante en jefe del Ejército y no como jefe de todas las Fuerzas Armadas, el 23 de agosto de 1973.' from editorial_note where note_key = 'coup-prats-note';

-- Death of Salvador Allende -------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'La muerte del presidente Salvador Allende dentro del palacio presidencial durante el golpe de Estado del 11 de septiembre de 1973.' from entry where slug = 'death-of-salvador-allende';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El golpe de Estado del 11 de septiembre de 1973 terminó con el suicidio del presidente Salvador Allende dentro del palacio presidencial.' from statement where statement_key = 'death-allende-suicide';

-- La Moneda -----------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'El palacio presidencial de Santiago, donde Salvador Allende murió durante el golpe de Estado del 11 de septiembre de 1973.' from entry where slug = 'presidential-palace';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El presidente Salvador Allende murió dentro del palacio presidencial durante el golpe de Estado del 11 de septiembre de 1973.' from statement where statement_key = 'palace-allende';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El artículo habla solo de "the presidential palace" (el palacio presidencial). Wikipedia en alemán, “La Moneda”, lo llama Palacio de La Moneda, habitualmente La Moneda, la sede del gobierno de Chile en Santiago; el archivo usa ese nombre como encabezado.' from editorial_note where note_key = 'moneda-name-note';

-- Mass arrests after the coup -----------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'La ola de detenciones y asesinatos en Santiago después del golpe de Estado del 11 de septiembre de 1973.' from entry where slug = 'mass-arrests-after-the-coup';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, una ola de terror se extendió por Santiago después del golpe de Estado: los militares detuvieron a cualquiera que fuera siquiera remotamente sospechoso de ser comunista o insurgente, e instalaron campos de concentración en el estadio y por toda la ciudad.' from statement where statement_key = 'terror-arrests';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Miles de personas fueron detenidas, y muchas fueron asesinadas.' from statement where statement_key = 'terror-killed';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El artículo no dice a qué estadio se refiere; el archivo lo registra bajo el Estadio Nacional de Santiago. Wikipedia en español, “Centro de detención Estadio Nacional de Chile”, registra que el Estadio Nacional se usó como centro de detención desde el 12 de septiembre hasta el 9 de noviembre de 1973, cuando miles de personas estuvieron detenidas allí.' from editorial_note where note_key = 'terror-stadium-note';

-- National Stadium ----------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', 'Estadio Nacional', 'estadio nacional',
       'Estadio de Santiago donde, después del golpe de Estado de 1973, los militares instalaron un campo de concentración.' from entry where slug = 'national-stadium';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Después del golpe de Estado del 11 de septiembre de 1973, los militares instalaron campos de concentración en el estadio y por todo Santiago.' from statement where statement_key = 'stadium-camp';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El artículo habla solo de "the stadium" (el estadio) y no dice a cuál se refiere; el archivo lo registra aquí. Wikipedia en español, “Centro de detención Estadio Nacional de Chile”, registra que el Estadio Nacional de Santiago se usó como centro de detención desde el 12 de septiembre hasta el 9 de noviembre de 1973, cuando miles de personas estuvieron detenidas allí.' from editorial_note where note_key = 'stadium-note';

-- The MIR goes underground --------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'La decisión del MIR, tras el golpe de Estado de 1973, de evitar el enfrentamiento abierto con el Ejército y continuar en la clandestinidad.' from entry where slug = 'mir-goes-underground';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Después del golpe de Estado, el MIR decidió no enfrentar directamente al Ejército de Chile, sino pasar a la clandestinidad y esperar un mejor momento para atacar.' from statement where statement_key = 'underground-decision';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Muchos de sus dirigentes huyeron al extranjero.' from statement where statement_key = 'underground-exile';

-- Reorganisation of the army for urban war ----------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'La modificación del Ejército de Chile que Pinochet inició tras el golpe de Estado para que pudiera librar una guerra urbana, con ayuda extranjera.' from entry where slug = 'reorganisation-of-the-army';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Después del golpe de Estado, Pinochet comenzó a modificar el Ejército para librar una guerra urbana contra sus propios ciudadanos, con la ayuda de países como Estados Unidos y Brasil.' from statement where statement_key = 'reorganisation-urban-war';

-- United States -------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'País cuya ayuda, según el artículo, obtuvo Pinochet cuando comenzó a modificar el Ejército de Chile para librar una guerra urbana.' from entry where slug = 'united-states';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, Pinochet obtuvo la ayuda de países como Estados Unidos cuando comenzó a modificar el Ejército para librar una guerra urbana.' from statement where statement_key = 'usa-help';

-- Brazil --------------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'País cuya ayuda, según el artículo, obtuvo Pinochet cuando comenzó a modificar el Ejército de Chile para librar una guerra urbana.' from entry where slug = 'brazil';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, Pinochet obtuvo la ayuda de países como Brasil cuando comenzó a modificar el Ejército para librar una guerra urbana.' from statement where statement_key = 'brazil-help';

-- Creation of DINA ----------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'La creación, por Augusto Pinochet, de la Dirección de Inteligencia Nacional, conocida como DINA.' from entry where slug = 'creation-of-dina';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Augusto Pinochet creó la Dirección de Inteligencia Nacional, que pronto pasó a conocerse como DINA.' from statement where statement_key = 'creation-dina';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El artículo no la fecha. El Informe Rettig (Informe de la Comisión Nacional de Verdad y Reconciliación, 1991) y Wikipedia en español, “Dirección de Inteligencia Nacional”, registran que la DINA funcionaba desde fines de 1973 y fue creada formalmente por el Decreto Ley 521, del 14 de junio de 1974.' from editorial_note where note_key = 'creation-dina-note';

-- Dirección de Inteligencia Nacional ----------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Organismo de inteligencia creado por Augusto Pinochet tras el golpe de Estado de 1973, conocido como DINA.' from entry where slug = 'dina';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Augusto Pinochet creó la Dirección de Inteligencia Nacional, que pronto pasó a conocerse como DINA.' from statement where statement_key = 'dina-created';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'En el mismo pasaje, el artículo dice que Pinochet puso al coronel Manuel Contreras a cargo de erradicar al MIR y a otros insurgentes.' from statement where statement_key = 'dina-contreras';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El Informe Rettig (Informe de la Comisión Nacional de Verdad y Reconciliación, 1991) y Wikipedia en español, “Dirección de Inteligencia Nacional”, registran que la DINA funcionaba desde fines de 1973, fue creada formalmente por el Decreto Ley 521, del 14 de junio de 1974, fue dirigida por Manuel Contreras y fue reemplazada por la Central Nacional de Informaciones (CNI) en 1977.' from editorial_note where note_key = 'dina-note';

-- Manuel Contreras ----------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Coronel del Ejército de Chile a quien Augusto Pinochet puso a cargo de erradicar al MIR y a otros insurgentes.' from entry where slug = 'manuel-contreras';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Augusto Pinochet puso a Manuel Contreras, un coronel a quien el artículo llama despiadado, a cargo de erradicar al MIR y a otros insurgentes.' from statement where statement_key = 'contreras-in-charge';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El Informe Rettig (Informe de la Comisión Nacional de Verdad y Reconciliación, 1991) y Wikipedia en español, “Dirección de Inteligencia Nacional”, lo señalan como jefe de la DINA.' from editorial_note where note_key = 'contreras-note';

-- Repression of the MIR -----------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Las detenciones, torturas y asesinatos con que el régimen de Pinochet golpeó al MIR tras el golpe de Estado de 1973.' from entry where slug = 'repression-of-the-mir';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Pinochet puso al coronel Manuel Contreras a cargo de erradicar al MIR y a otros insurgentes.' from statement where statement_key = 'repression-contreras';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Varios cientos de hombres y mujeres jóvenes vinculados al MIR estuvieron entre los miles de chilenos detenidos y torturados, y a menudo asesinados.' from statement where statement_key = 'repression-detained';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Bajo tortura, los detenidos entregaron nombres de otros militantes, la ubicación de casas de seguridad e información sobre ataques.' from statement where statement_key = 'repression-confessions';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Muchos dirigentes importantes del MIR fueron detenidos tempranamente, entre ellos Marcello Ferrada-Noli.' from statement where statement_key = 'repression-leaders';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'La red de casas de seguridad, depósitos de armas e intercambio de información del MIR quedó comprometida durante los primeros meses de la era de Pinochet.' from statement where statement_key = 'repression-network';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Después de que varios de sus principales dirigentes fueran capturados o asesinados, el MIR dejó de ser una amenaza seria para el gobierno.' from statement where statement_key = 'repression-result';

-- South America -------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Continente donde actuaban varios grupos inspirados, como el MIR, por la Revolución cubana.' from entry where slug = 'south-america';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Varios grupos de Sudamérica tenían objetivos y creencias similares a los del MIR, entre ellos los Tupamaros, el ERP y el ELN boliviano.' from statement where statement_key = 'south-america-groups';

-- Tupamaros -----------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Grupo guerrillero urbano uruguayo, uno de los cuatro miembros de la JCR.' from entry where slug = 'tupamaros';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Los Tupamaros eran un grupo de Uruguay con objetivos y creencias similares a los del MIR.' from statement where statement_key = 'tupamaros-uruguay';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El artículo los describe como guerrilleros urbanos experimentados.' from statement where statement_key = 'tupamaros-urban';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Fueron uno de los cuatro grupos que formalizaron su alianza como la JCR.' from statement where statement_key = 'tupamaros-jcr';

-- Uruguay -------------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'País sudamericano, sede de los Tupamaros.' from entry where slug = 'uruguay';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Los Tupamaros actuaban en Uruguay.' from statement where statement_key = 'uruguay-tupamaros';

-- Ejército Revolucionario del Pueblo ----------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Grupo revolucionario argentino dirigido por Mario Santucho, uno de los cuatro miembros de la JCR.' from entry where slug = 'erp';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El Ejército Revolucionario del Pueblo (ERP) era un grupo de Argentina con objetivos y creencias similares a los del MIR.' from statement where statement_key = 'erp-argentina';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Su dirigente era Mario Santucho.' from statement where statement_key = 'erp-santucho';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, disponía de dinero obtenido en una serie de secuestros políticos.' from statement where statement_key = 'erp-money';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Fue uno de los cuatro grupos que formalizaron su alianza como la JCR.' from statement where statement_key = 'erp-jcr';

-- Argentina -----------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'País sudamericano, sede del ERP.' from entry where slug = 'argentina';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El ERP actuaba en Argentina.' from statement where statement_key = 'argentina-erp';

-- Ejército de Liberación Nacional -------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Grupo revolucionario boliviano, varios de cuyos dirigentes habían combatido junto al Ché Guevara; uno de los cuatro miembros de la JCR.' from entry where slug = 'eln';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El Ejército de Liberación Nacional (ELN) era un grupo boliviano con objetivos y creencias similares a los del MIR.' from statement where statement_key = 'eln-bolivia';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Varios de sus dirigentes habían combatido junto al Ché Guevara en Bolivia a mediados de la década de 1960.' from statement where statement_key = 'eln-guevara';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, sus vínculos con el Ché Guevara aportaron credibilidad revolucionaria a la JCR.' from statement where statement_key = 'eln-credibility';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Fue uno de los cuatro grupos que formalizaron su alianza como la JCR.' from statement where statement_key = 'eln-jcr';

-- Bolivia -------------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'País sudamericano, sede del ELN, donde el Ché Guevara combatió a mediados de la década de 1960.' from entry where slug = 'bolivia';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El ELN era un grupo boliviano.' from statement where statement_key = 'bolivia-eln';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Varios dirigentes del ELN combatieron junto al Ché Guevara en Bolivia a mediados de la década de 1960.' from statement where statement_key = 'bolivia-guevara';

-- Che Guevara ---------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Revolucionario junto al cual combatieron varios dirigentes del ELN boliviano a mediados de la década de 1960.' from entry where slug = 'che-guevara';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Varios dirigentes del ELN boliviano habían combatido junto al Ché Guevara en Bolivia a mediados de la década de 1960.' from statement where statement_key = 'guevara-bolivia';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, los vínculos de los bolivianos con el Ché aportaron credibilidad revolucionaria a la JCR.' from statement where statement_key = 'guevara-credibility';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'El artículo escribe su nombre "Ché Guevara". Robert W. Jones Jr., en Veritas (2008), lo escribe Che Guevara, sin tilde, la forma que se usa aquí como encabezado.' from editorial_note where note_key = 'guevara-name-note';

-- Che Guevara's fighting in Bolivia -----------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Los combates en Bolivia, a mediados de la década de 1960, en los que varios dirigentes del ELN lucharon junto al Ché Guevara.' from entry where slug = 'guevara-in-bolivia';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Varios dirigentes del ELN boliviano combatieron junto al Ché Guevara en Bolivia a mediados de la década de 1960.' from statement where statement_key = 'campaign-eln';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El artículo lo fecha solo a mediados de la década de 1960 y no da una fecha más precisa. La fecha que se muestra para esta entrada es la que da otra obra (véase la nota).' from statement where statement_key = 'campaign-date';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en inglés simple (Simple English Wikipedia), “Guerrilla of Ñancahuazú”, fecha la guerra de guerrillas de Guevara en Bolivia del 3 de noviembre de 1966 al 9 de octubre de 1967, la fecha que se muestra para esta entrada.' from editorial_note where note_key = 'campaign-date-note';

-- Talks on a revolutionary alliance -----------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Las conversaciones entre el MIR, los Tupamaros, el ERP y el ELN sobre trabajar juntos, en curso, según el artículo, ya en octubre de 1972.' from entry where slug = 'alliance-talks';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Ya en octubre de 1972 los grupos habían comenzado a conversar sobre trabajar juntos y compartir recursos, información y casas de seguridad.' from statement where statement_key = 'talks-begin';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'La unión de los grupos fue idea de Miguel Enríquez, quien recibió a sus compañeros revolucionarios en Chile para reuniones y entrenamiento militar en las instalaciones del MIR en la cordillera de los Andes.' from statement where statement_key = 'talks-enriquez';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El artículo dice solo que las conversaciones habían comenzado ya en octubre de 1972; no dice cuándo comenzaron ni cuándo terminaron.' from statement where statement_key = 'talks-dates';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'John Dinges, The Condor Years (2004), escribe que el MIR, el ERP y los Tupamaros se reunieron por primera vez en Chile en octubre de 1972, el inicio de la fecha que se muestra para esta entrada; que el ELN boliviano se sumó en una reunión en Argentina en junio de 1973, y que los cuatro grupos aprobaron una alianza formal en agosto de 1973, antes del golpe de Estado, mientras que el artículo la sitúa después. Un documento del Frente Único MIR-OTR, “Nace la Junta de Coordinación Revolucionaria” (A Vencer, noviembre de 2014), sitúa la reunión fundacional a comienzos de noviembre de 1972, en una casa de seguridad de Santiago. El fin de las conversaciones se muestra como desconocido.' from editorial_note where note_key = 'talks-dates-note';

-- Andes Mountains -----------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Cordillera donde el MIR tenía unas instalaciones para reuniones y entrenamiento militar.' from entry where slug = 'andes-mountains';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El MIR tenía unas instalaciones en lo profundo de la cordillera de los Andes, donde recibía a revolucionarios aliados para reuniones y entrenamiento militar.' from statement where statement_key = 'andes-facility';

-- The MIR's facility in the Andes -------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Las instalaciones del MIR en lo profundo de la cordillera de los Andes, en Chile, adonde revolucionarios aliados acudían a reuniones y entrenamiento militar.' from entry where slug = 'mir-facility-in-the-andes';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Miguel Enríquez recibía a sus compañeros revolucionarios en Chile cuando venían a reuniones y a entrenamiento militar en las instalaciones del MIR en lo profundo de la cordillera de los Andes.' from statement where statement_key = 'facility-training';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'John Dinges, The Condor Years (2004), sitúa los campamentos de entrenamiento a los que los grupos aliados enviaban a sus cuadros en la cordillera de los Andes, en el Cajón del Maipo.' from editorial_note where note_key = 'facility-maipo-note';

-- Founding of the JCR -------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'La reunión en Buenos Aires en la que, según el artículo, cuatro grupos revolucionarios formalizaron su alianza como la JCR.' from entry where slug = 'founding-of-the-jcr';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, tras la caída de Allende se decidió formalizar la alianza de los cuatro grupos, y una reunión en Buenos Aires le dio el nombre de Junta Coordinadora Revolucionaria (JCR).' from statement where statement_key = 'jcr-founding-article';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Miguel Enríquez permaneció en Chile; la JCR iba a ser encabezada por Mario Santucho, dirigente del ERP.' from statement where statement_key = 'jcr-founding-santucho';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'John Dinges, The Condor Years (2004), fecha el acuerdo sobre la alianza y su nombre en agosto de 1973, antes del golpe de Estado, y una cumbre en Buenos Aires en noviembre de 1973 en la que comenzó la acción conjunta; el ELN boliviano se había sumado en junio de 1973.' from editorial_note where note_key = 'jcr-founding-note';

-- Buenos Aires --------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Ciudad donde, según el artículo, se le dio nombre a la JCR.' from entry where slug = 'buenos-aires';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, a la JCR se le dio nombre en una reunión en Buenos Aires.' from statement where statement_key = 'buenos-aires-jcr';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'John Dinges, The Condor Years (2004), fecha el acuerdo sobre la alianza y su nombre en agosto de 1973, antes del golpe de Estado, y una cumbre en Buenos Aires en noviembre de 1973 en la que comenzó la acción conjunta; el ELN boliviano se había sumado en junio de 1973.' from editorial_note where note_key = 'buenos-aires-jcr-note';

-- Junta Coordinadora Revolucionaria -----------------------------------------------------
insert into entry_name (name_key, entry_id, kind, name, lang, position) select 'jcr-spanish', id, 'VARIANT', 'Junta de Coordinación Revolucionaria', 'es', (select coalesce(max(position), 0) + 1 from entry_name where entry_id = e.id) from entry e where slug = 'jcr';
insert into citation (source_id, locator, name_id) select s.id, null, n.id from source s, entry_name n where s.slug = 'a-vencer-nace-la-junta-de-coordinacion-revolucionaria' and n.name_key = 'jcr-spanish';
insert into citation (source_id, locator, name_id) select s.id, null, n.id from source s, entry_name n where s.slug = 'wikipedia-es-movimiento-de-izquierda-revolucionaria-chile' and n.name_key = 'jcr-spanish';
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', 'Junta de Coordinación Revolucionaria', 'junta de coordinacion revolucionaria',
       'Alianza del MIR, los Tupamaros, el ERP y el ELN boliviano que, según el artículo, iba a ser encabezada por Mario Santucho.' from entry where slug = 'jcr';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Los grupos que la formaron habían comenzado a conversar sobre trabajar juntos ya en octubre de 1972, compartiendo recursos, información y casas de seguridad.' from statement where statement_key = 'jcr-talks';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'La alianza fue idea de Miguel Enríquez, del MIR.' from statement where statement_key = 'jcr-idea';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, los cuatro grupos decidieron tras la caída de Allende formalizar su alianza, y le dieron el nombre de JCR en una reunión en Buenos Aires.' from statement where statement_key = 'jcr-named';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Iba a ser encabezada por Mario Santucho, dirigente del ERP.' from statement where statement_key = 'jcr-santucho';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, parecía preparada para enfrentar a las dictaduras del Cono Sur: los bolivianos aportaban credibilidad revolucionaria; el ERP, dinero de secuestros políticos; el MIR, unas instalaciones clandestinas de armas, y los Tupamaros, su experiencia en la guerrilla urbana.' from statement where statement_key = 'jcr-strengths';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'John Dinges, The Condor Years (2004), fecha el acuerdo sobre la alianza y su nombre en agosto de 1973, antes del golpe de Estado, y una cumbre en Buenos Aires en noviembre de 1973 en la que comenzó la acción conjunta; el ELN boliviano se había sumado en junio de 1973.' from editorial_note where note_key = 'jcr-note';

-- Mario Santucho ------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Dirigente del ERP argentino, elegido para encabezar la JCR.' from entry where slug = 'mario-santucho';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Mario Santucho era el dirigente del ERP argentino.' from statement where statement_key = 'santucho-erp';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'La JCR iba a ser encabezada por él.' from statement where statement_key = 'santucho-jcr';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en inglés, “Mario Roberto Santucho”, da su nombre completo como Mario Roberto Santucho, nacido el 12 de agosto de 1936, y registra que fue asesinado el 19 de julio de 1976 en Villa Martelli, en la provincia de Buenos Aires.' from editorial_note where note_key = 'santucho-note';

-- Southern Cone -------------------------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Región cuyas dictaduras, según el artículo, la JCR parecía preparada para enfrentar.' from entry where slug = 'southern-cone';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, la JCR parecía preparada para enfrentar a las dictaduras del Cono Sur.' from statement where statement_key = 'southern-cone-jcr';

-- Southern Cone dictatorships -----------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'Las dictaduras del Cono Sur, que, según el artículo, la JCR parecía preparada para enfrentar.' from entry where slug = 'southern-cone-dictatorships';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, la JCR parecía preparada para enfrentar a las dictaduras del Cono Sur.' from statement where statement_key = 'dictatorships-jcr';

-- Political kidnappings by the ERP ------------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'La serie de secuestros políticos de los que, según el artículo, el ERP obtuvo dinero.' from entry where slug = 'erp-political-kidnappings';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, el ERP tenía dinero de una serie de secuestros políticos, que aportó a la JCR.' from statement where statement_key = 'kidnappings-money';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'El artículo no fecha los secuestros ni dice dónde ocurrieron.' from statement where statement_key = 'kidnappings-undated';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'John Dinges, The Condor Years (2004), da como ejemplo el secuestro por el ERP, el 6 de diciembre de 1973, de Victor Samuelson, gerente general de la refinería argentina de Esso en Campana.' from editorial_note where note_key = 'kidnappings-samuelson-note';

-- Imprisonment of Marcello Ferrada-Noli -------------------------------------------------
insert into entry_translation (entry_id, language, name, sort_key, summary) select id, 'es', null, null,
       'El encarcelamiento del fundador del MIR Marcello Ferrada-Noli tras el golpe de Estado de 1973, seguido del exilio.' from entry where slug = 'imprisonment-of-marcello-ferrada-noli';
insert into statement_translation (statement_id, language, text) select id, 'es',
       'Según el artículo, Marcello Ferrada-Noli fue uno de los dirigentes importantes del MIR detenidos tempranamente, y estuvo preso de 1973 a 1975 antes de partir al exilio.' from statement where statement_key = 'prison-article';
insert into editorial_note_translation (note_id, language, text) select id, 'es',
       'Wikipedia en inglés, “Marcello Ferrada de Noli”, fecha su encarcelamiento en 1973, cuando estuvo detenido en la isla Quiriquina, y lo sitúa en el exilio en 1974: el 3 de abril de 1974 declaró ante el Tribunal Russell en Roma. Las fechas 1973–1975 que se muestran para esta entrada siguen al artículo.' from editorial_note where note_key = 'prison-note';

-- =============================================================================================
-- C. Relations: what the subject was (role) and, where it differs, what the object was
--    (inverse_role); relations without either have nothing to translate
-- =============================================================================================
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'secretario general', null from relation where relation_key = 'enriquez-general-secretary';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'joven dirigente', null from relation where relation_key = 'pascal-allende-leads-mir';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'presidente', null from relation where relation_key = 'allende-president';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'dictador', null from relation where relation_key = 'pinochet-dictator';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'jefe, según el artículo', null from relation where relation_key = 'prats-heads-armed-forces';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'autor de la idea de la alianza', null from relation where relation_key = 'enriquez-conceived-jcr';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'dirigente', null from relation where relation_key = 'santucho-leads-erp';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'elegido para encabezarla', null from relation where relation_key = 'santucho-heads-jcr';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'sobrino', 'tío' from relation where relation_key = 'pascal-allende-nephew';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'fundado allí', null from relation where relation_key = 'mir-based-in-santiago';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'instalaciones de entrenamiento', null from relation where relation_key = 'mir-facility-in-andes';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'fundador', null from relation where relation_key = 'ferrada-noli-at-founding';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'organización fundada', null from relation where relation_key = 'mir-at-founding';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'combatió en Bolivia', null from relation where relation_key = 'guevara-in-bolivia';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'varios de sus dirigentes combatieron junto a Guevara', null from relation where relation_key = 'eln-in-guevara-campaign';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'elegido presidente', null from relation where relation_key = 'allende-elected';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'inició las reformas', null from relation where relation_key = 'allende-reforms';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'buscó los contactos', null from relation where relation_key = 'mir-contacts';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'abordadas por el MIR', null from relation where relation_key = 'armed-forces-contacted';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'se esforzó por apartar a los contactados', null from relation where relation_key = 'army-purge';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'sus contactos fueron el blanco', null from relation where relation_key = 'mir-purged-contacts';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'participó en las conversaciones', null from relation where relation_key = 'mir-in-talks';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'participaron en las conversaciones', null from relation where relation_key = 'tupamaros-in-talks';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'participó en las conversaciones', null from relation where relation_key = 'erp-in-talks';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'participó en las conversaciones', null from relation where relation_key = 'eln-in-talks';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'anfitrión', null from relation where relation_key = 'enriquez-hosted-talks';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'dejó el cargo', null from relation where relation_key = 'prats-stepped-down';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'encabezó el golpe de Estado', null from relation where relation_key = 'pinochet-led-coup';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'presidente derrocado', null from relation where relation_key = 'allende-overthrown';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'se movilizó para tomar las calles de Santiago', null from relation where relation_key = 'army-in-coup';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'murió', null from relation where relation_key = 'allende-died';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'llevaron a cabo las detenciones', null from relation where relation_key = 'military-arrests';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'pasó a la clandestinidad', null from relation where relation_key = 'mir-underground';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'comenzó a modificar el Ejército', null from relation where relation_key = 'pinochet-reorganised';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'objeto de la modificación', null from relation where relation_key = 'army-reorganised';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'prestó ayuda', null from relation where relation_key = 'usa-helped';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'prestó ayuda', null from relation where relation_key = 'brazil-helped';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'creador', null from relation where relation_key = 'pinochet-created-dina';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'organización creada', null from relation where relation_key = 'dina-created';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'puso a Contreras a cargo', null from relation where relation_key = 'pinochet-repression';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'a cargo de erradicar al MIR', null from relation where relation_key = 'contreras-repression';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'blanco de la represión', null from relation where relation_key = 'mir-repressed';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'detenido', null from relation where relation_key = 'ferrada-noli-repressed';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'miembro fundador', null from relation where relation_key = 'mir-founds-jcr';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'miembro fundador', null from relation where relation_key = 'tupamaros-found-jcr';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'miembro fundador', null from relation where relation_key = 'erp-founds-jcr';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'miembro fundador', null from relation where relation_key = 'eln-founds-jcr';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'organización a la que se dio nombre', null from relation where relation_key = 'jcr-founded';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'elegido para encabezar la JCR', null from relation where relation_key = 'santucho-to-head-jcr';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'encarcelado', null from relation where relation_key = 'ferrada-noli-imprisoned';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'murió', null from relation where relation_key = 'enriquez-died';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'instalaciones para reuniones y entrenamiento militar', null from relation where relation_key = 'mir-at-its-facility';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'miembro del comité central', null from relation where relation_key = 'van-schouwen-in-mir';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'jefe', null from relation where relation_key = 'contreras-heads-dina';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'se unieron para fundar el MIR', null from relation where relation_key = 'student-groups-at-founding';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'inició la reforma', null from relation where relation_key = 'allende-copper';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'inició la reforma', null from relation where relation_key = 'allende-education';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'inició la reforma', null from relation where relation_key = 'allende-health';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'comenzó a trabajar en el plan', null from relation where relation_key = 'allende-land-reform';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'obtuvo dinero de ellos', null from relation where relation_key = 'erp-kidnappings';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'cierto apoyo', null from relation where relation_key = 'unions-support-mir';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'cierto apoyo', null from relation where relation_key = 'neighbourhoods-support-mir';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'intentó derrocarlo tras la caída de Allende', null from relation where relation_key = 'mir-against-government';
insert into relation_translation (relation_id, language, role, inverse_role) select id, 'es', 'parecía preparada para enfrentarlas', null from relation where relation_key = 'jcr-against-dictatorships';

-- =============================================================================================
-- D. Works: summaries, the notes of their records, the section headings the archive supplied
-- =============================================================================================

-- Chile's MIR: The Revolutionary Left Movement
insert into source_translation (source_id, language, summary) select id, 'es',
       'Breve panorama de divulgación sobre el MIR, desde su fundación en 1965 hasta la represión bajo Pinochet; la fuente inicial del archivo.' from source where slug = 'chiles-mir-the-revolutionary-left-movement';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La página de About.com capturada no lleva firma; el mismo texto, republicado por ThoughtCo, se atribuye a Christopher Minster. Una búsqueda posterior no pudo volver a encontrar la copia de ThoughtCo para comprobar de nuevo la atribución.' from source_note n join source s on s.id = n.source_id where s.slug = 'chiles-mir-the-revolutionary-left-movement' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       '2014 es el año del copyright en el pie de la página; no se conoce la fecha de la primera publicación.' from source_note n join source s on s.id = n.source_id where s.slug = 'chiles-mir-the-revolutionary-left-movement' and n.position = 2;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Página 1 de un artículo de dos páginas. La página 2, sobre la pérdida y el exilio de gran parte de la dirigencia del MIR, no se capturó y no se cita aquí.' from source_note n join source s on s.id = n.source_id where s.slug = 'chiles-mir-the-revolutionary-left-movement' and n.position = 3;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Republicado por ThoughtCo el 14 de marzo de 2016, https://www.thoughtco.com/chiles-mir-the-revolutionary-left-movement-2136598, según se vio en una copia guardada de esa página; una búsqueda posterior no pudo volver a encontrarla para comprobar de nuevo la fecha, el autor o la dirección.' from source_note n join source s on s.id = n.source_id where s.slug = 'chiles-mir-the-revolutionary-left-movement' and n.position = 4;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Ilustrado con una fotografía de Bautista Van Schouwen, Marcello Ferrada-Noli y Miguel Enriquez en su época universitaria, cortesía de Marcello Ferrada-Noli; el archivo de la imagen no se capturó.' from source_note n join source s on s.id = n.source_id where s.slug = 'chiles-mir-the-revolutionary-left-movement' and n.position = 5;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Capturado de la web, en la dirección indicada; no se registró el día de la captura. Se omitieron dos líneas de navegación del sitio sobre el título; los encabezados de las dos últimas secciones se perdieron, por lo que el archivo les da encabezados descriptivos propios, entre corchetes.' from source_note n join source s on s.id = n.source_id where s.slug = 'chiles-mir-the-revolutionary-left-movement' and n.position = 6;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       '© 2014 About.com. Todos los derechos reservados. El archivo cita pasajes breves junto a las afirmaciones que respaldan y no republica el texto.' from source_note n join source s on s.id = n.source_id where s.slug = 'chiles-mir-the-revolutionary-left-movement' and n.position = 7;
insert into source_section_translation (section_id, language, heading) select x.id, 'es', 'Título y pie de foto' from source_section x join source s on s.id = x.source_id where s.slug = 'chiles-mir-the-revolutionary-left-movement' and x.section_no = 0;
insert into source_section_translation (section_id, language, heading) select x.id, 'es', 'Introducción' from source_section x join source s on s.id = x.source_id where s.slug = 'chiles-mir-the-revolutionary-left-movement' and x.section_no = 1;
insert into source_section_translation (section_id, language, heading) select x.id, 'es', 'La alianza de grupos revolucionarios (JCR)' from source_section x join source s on s.id = x.source_id where s.slug = 'chiles-mir-the-revolutionary-left-movement' and x.section_no = 5;
insert into source_section_translation (section_id, language, heading) select x.id, 'es', 'El MIR bajo la represión' from source_section x join source s on s.id = x.source_id where s.slug = 'chiles-mir-the-revolutionary-left-movement' and x.section_no = 6;

-- Bautista Van Schouwen, Marcello Ferrada-Noli and Miguel Enriquez in their college days
insert into source_translation (source_id, language, summary) select id, 'es',
       'Fotografía de tres de los primeros miembros del MIR cuando eran estudiantes, publicada con el artículo de base; conocida aquí solo por su pie de foto.' from source where slug = 'photograph-van-schouwen-ferrada-noli-enriquez';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Cortesía de Marcello Ferrada-Noli, según la línea de crédito bajo el pie de foto.' from source_note n join source s on s.id = n.source_id where s.slug = 'photograph-van-schouwen-ferrada-noli-enriquez' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'El archivo de la imagen no se capturó con el artículo; el archivo conserva solo su pie de foto y su línea de crédito.' from source_note n join source s on s.id = n.source_id where s.slug = 'photograph-van-schouwen-ferrada-noli-enriquez' and n.position = 2;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'No se nombra al fotógrafo.' from source_note n join source s on s.id = n.source_id where s.slug = 'photograph-van-schouwen-ferrada-noli-enriquez' and n.position = 3;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'No se indica la fecha de la fotografía; el pie de foto la sitúa en la época universitaria de los tres hombres.' from source_note n join source s on s.id = n.source_id where s.slug = 'photograph-van-schouwen-ferrada-noli-enriquez' and n.position = 4;
insert into source_section_translation (section_id, language, heading) select x.id, 'es', 'Pie de foto y línea de crédito' from source_section x join source s on s.id = x.source_id where s.slug = 'photograph-van-schouwen-ferrada-noli-enriquez' and x.section_no = 1;

-- Carlos Prats
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia sobre el general Carlos Prats; citado por la fecha y el carácter de su renuncia y por su asesinato.' from source where slug = 'wikipedia-carlos-prats';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de que se publicara la versión inicial, el 25 de noviembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-carlos-prats' and n.position = 1;

-- Marcello Ferrada de Noli
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia sobre Marcello Ferrada de Noli; citado por su encarcelamiento, su exilio y su carrera posterior.' from source where slug = 'wikipedia-marcello-ferrada-de-noli';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de que se publicara la versión inicial, el 25 de noviembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-marcello-ferrada-de-noli' and n.position = 1;

-- The Condor Years
insert into source_translation (source_id, language, summary) select id, 'es',
       'Historia de la Operación Cóndor y de las dictaduras del Cono Sur; citada por la fundación de la JCR.' from source where slug = 'dinges-the-condor-years';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Publicado por primera vez en Nueva York por The New Press en 2004 (322 páginas, ISBN 1-56584-764-4); una reimpresión posterior agrega un epílogo fechado en 2005.' from source_note n join source s on s.id = n.source_id where s.slug = 'dinges-the-condor-years' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Leído solo en extractos, por lo que se cita como obra y nunca se cita textualmente. No se ha confirmado qué capítulo contiene el relato sobre la JCR: el archivo lo cita como el capítulo sobre la JCR.' from source_note n join source s on s.id = n.source_id where s.slug = 'dinges-the-condor-years' and n.position = 2;

-- Movimiento de Izquierda Revolucionaria (Chile)
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia en español sobre el MIR; citado por su congreso fundacional y el origen de sus fundadores.' from source where slug = 'wikipedia-es-movimiento-de-izquierda-revolucionaria-chile';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de que se publicara la versión inicial, el 25 de noviembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-es-movimiento-de-izquierda-revolucionaria-chile' and n.position = 1;

-- Revolutionary Left Movement (Chile)
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia en inglés sobre el MIR; citado por el origen de sus fundadores.' from source where slug = 'wikipedia-revolutionary-left-movement-chile';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de que se publicara la versión inicial, el 25 de noviembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-revolutionary-left-movement-chile' and n.position = 1;

-- [Movimiento de Izquierda Revolucionaria (MIR)]
insert into source_translation (source_id, language, summary) select id, 'es',
       'La página de la Biblioteca Nacional de Chile sobre el MIR en su sitio Memoria Chilena; citada por la historia posterior del MIR.' from source where slug = 'memoria-chilena-mir';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'En el extracto leído no se nombra a ningún autor; Memoria Chilena es un sitio de la Biblioteca Nacional de Chile.' from source_note n join source s on s.id = n.source_id where s.slug = 'memoria-chilena-mir' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'En el extracto leído no se muestra ninguna fecha. Consultado: no se registró el día; la página se leyó, en una copia guardada, antes de que se publicara la versión inicial, el 25 de noviembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'memoria-chilena-mir' and n.position = 2;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Leída en un extracto de su sección sobre hechos ("acontecimientos"), en la dirección indicada, en el dominio anterior del sitio. El sitio usa ahora memoriachilena.gob.cl, donde la página es probablemente https://www.memoriachilena.gob.cl/602/w3-article-96182.html (no verificado). No se mostraba el título propio de la página: el título de arriba es del archivo, entre corchetes.' from source_note n join source s on s.id = n.source_id where s.slug = 'memoria-chilena-mir' and n.position = 3;

-- Miguel Enríquez
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia en español sobre Miguel Enríquez; citado por su nacimiento, su trayectoria y su muerte.' from source where slug = 'wikipedia-es-miguel-enriquez';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de que se publicara la versión inicial, el 25 de noviembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-es-miguel-enriquez' and n.position = 1;

-- Van Schouwen Vasey Bautista
insert into source_translation (source_id, language, summary) select id, 'es',
       'Registro de la Vicaría de la Solidaridad sobre Bautista van Schouwen, tal como lo conserva Memoria Viva; citado por su detención y desaparición.' from source where slug = 'memoria-viva-bautista-van-schouwen';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'El texto del caso es de la Vicaría de la Solidaridad; Memoria Viva lo publica en su página sobre él entre los detenidos desaparecidos.' from source_note n join source s on s.id = n.source_id where s.slug = 'memoria-viva-bautista-van-schouwen' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La página no muestra fecha. Su encabezado da como fecha de su detención el 13-09-1973, pero el texto del caso, como todas las demás fuentes, da el 13 de diciembre de 1973, fecha que sigue el archivo. Consultado: no se registró el día; la página se leyó, en una copia guardada, antes de que se publicara la versión inicial, el 25 de noviembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'memoria-viva-bautista-van-schouwen' and n.position = 2;

-- Andrés Pascal Allende
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia sobre Andrés Pascal Allende; citado por su familia y por su dirección del MIR después de 1974.' from source where slug = 'wikipedia-andres-pascal-allende';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de que se publicara la versión inicial, el 25 de noviembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-andres-pascal-allende' and n.position = 1;

-- Ley 17.450
insert into source_translation (source_id, language, summary) select id, 'es',
       'La reforma constitucional de julio de 1971 por la que Chile nacionalizó sus minas de cobre.' from source where slug = 'ley-17450';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Una ley de la República de Chile, aprobada por el Congreso Nacional; no tiene autor personal.' from source_note n join source s on s.id = n.source_id where s.slug = 'ley-17450' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'El Congreso aprobó la reforma el 11 de julio de 1971; el texto en LeyChile es su versión del 16 de julio de 1971. Consultado: no se registró el día.' from source_note n join source s on s.id = n.source_id where s.slug = 'ley-17450' and n.position = 2;

-- Informe de la Comisión Nacional de Verdad y Reconciliación
insert into source_translation (source_id, language, summary) select id, 'es',
       'El Informe Rettig, el informe de la comisión nacional de la verdad de Chile; citado por la creación y la dirección de la DINA.' from source where slug = 'rettig-report';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Fechado el 4 de marzo de 1991 en su portada, en la transcripción leída: el día en que el presidente Patricio Aylwin dio a conocer el informe. Se le había entregado el 8 de febrero de 1991.' from source_note n join source s on s.id = n.source_id where s.slug = 'rettig-report' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Reeditado por la Corporación Nacional de Reparación y Reconciliación en diciembre de 1996 (ISBN 956-7419-17-5).' from source_note n join source s on s.id = n.source_id where s.slug = 'rettig-report' and n.position = 2;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Leído en una transcripción de su texto. El archivo no conoce la editorial de la primera edición (Santiago de Chile, 1991); no se indica dirección web porque el archivo cita el informe mismo, no una copia de él.' from source_note n join source s on s.id = n.source_id where s.slug = 'rettig-report' and n.position = 3;

-- Dirección de Inteligencia Nacional
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia en español sobre la DINA; citado por su creación, su dirección y su reemplazo.' from source where slug = 'wikipedia-es-direccion-de-inteligencia-nacional';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de que se publicara la versión inicial, el 25 de noviembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-es-direccion-de-inteligencia-nacional' and n.position = 1;

-- Centro de detención Estadio Nacional de Chile
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia en español sobre el Estadio Nacional como centro de detención en 1973.' from source where slug = 'wikipedia-es-estadio-nacional-centro-de-detencion';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de que se publicara la versión inicial, el 25 de noviembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-es-estadio-nacional-centro-de-detencion' and n.position = 1;

-- Mario Roberto Santucho
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia sobre Mario Roberto Santucho; citado por su nombre completo, su nacimiento y su muerte.' from source where slug = 'wikipedia-mario-roberto-santucho';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de que se publicara la versión inicial, el 25 de noviembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-mario-roberto-santucho' and n.position = 1;

-- Key Events in Recent Chilean History
insert into source_translation (source_id, language, summary) select id, 'es',
       'La cronología de la historia reciente de Chile de The Associated Press, publicada el día en que Pinochet entregó la presidencia; citada por ese día.' from source where slug = 'ap-key-events-in-recent-chilean-history';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'No se registra firma; una nota de The Associated Press.' from source_note n join source s on s.id = n.source_id where s.slug = 'ap-key-events-in-recent-chilean-history' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Publicado el 11 de marzo de 1990. Consultado: no se registró el día.' from source_note n join source s on s.id = n.source_id where s.slug = 'ap-key-events-in-recent-chilean-history' and n.position = 2;

-- Guerrilla of Ñancahuazú
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia sobre la guerra de guerrillas del Ché Guevara en Bolivia; citado por sus fechas.' from source where slug = 'wikipedia-simple-guerrilla-of-nancahuazu';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de esta revisión de diciembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-simple-guerrilla-of-nancahuazu' and n.position = 1;

-- Chilean land reform
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia sobre la reforma agraria en Chile; citado por su comienzo bajo Eduardo Frei y su curso bajo Allende.' from source where slug = 'wikipedia-chilean-land-reform';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de esta revisión de diciembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-chilean-land-reform' and n.position = 1;

-- Escuela Nacional Unificada (ENU)
insert into source_translation (source_id, language, summary) select id, 'es',
       'La página de la Biblioteca Nacional de Chile sobre el plan del gobierno de la Unidad Popular para un sistema escolar nacional único; citada por su destino.' from source where slug = 'memoria-chilena-escuela-nacional-unificada';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Las notas del archivo no nombran a ningún autor; Memoria Chilena es un sitio de la Biblioteca Nacional de Chile.' from source_note n join source s on s.id = n.source_id where s.slug = 'memoria-chilena-escuela-nacional-unificada' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'No se registra fecha para la página. Consultado: no se registró el día; se leyó antes de esta revisión de diciembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'memoria-chilena-escuela-nacional-unificada' and n.position = 2;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Leída en la dirección indicada, en el dominio anterior del sitio; el sitio usa ahora memoriachilena.gob.cl.' from source_note n join source s on s.id = n.source_id where s.slug = 'memoria-chilena-escuela-nacional-unificada' and n.position = 3;

-- Ley 10.383
insert into source_translation (source_id, language, summary) select id, 'es',
       'La ley de 1952 que creó el servicio nacional de salud de Chile, el Servicio Nacional de Salud.' from source where slug = 'ley-10383';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Una ley de la República de Chile; no tiene autor personal.' from source_note n join source s on s.id = n.source_id where s.slug = 'ley-10383' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Publicada el 8 de agosto de 1952. Consultado: no se registró el día.' from source_note n join source s on s.id = n.source_id where s.slug = 'ley-10383' and n.position = 2;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'No se registró el encabezado con que LeyChile presenta la ley, por lo que el registro da solo su número.' from source_note n join source s on s.id = n.source_id where s.slug = 'ley-10383' and n.position = 3;

-- Nace la Junta de Coordinación Revolucionaria
insert into source_translation (source_id, language, summary) select id, 'es',
       'Un documento de un grupo actual del MIR sobre la fundación de la JCR; citado por la fecha y el lugar de su primera reunión.' from source where slug = 'a-vencer-nace-la-junta-de-coordinacion-revolucionaria';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Las notas del archivo no nombran a ningún autor; el documento lo publica el Frente Único MIR-OTR.' from source_note n join source s on s.id = n.source_id where s.slug = 'a-vencer-nace-la-junta-de-coordinacion-revolucionaria' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Publicado en noviembre de 2014; no se registra el día. Consultado: no se registró el día.' from source_note n join source s on s.id = n.source_id where s.slug = 'a-vencer-nace-la-junta-de-coordinacion-revolucionaria' and n.position = 2;

-- 'Today a New Stage Begins': Che Guevara in Bolivia
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo sobre la campaña guerrillera del Che Guevara en Bolivia; citado por la forma de su nombre.' from source where slug = 'jones-che-guevara-in-bolivia';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Veritas, volumen 4, número 4, publicado en el sitio ARSOF History.' from source_note n join source s on s.id = n.source_id where s.slug = 'jones-che-guevara-in-bolivia' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Publicado en 2008; no se registra el día. Consultado: no se registró el día; la página se leyó, en una copia guardada, antes de la revisión de diciembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'jones-che-guevara-in-bolivia' and n.position = 2;

-- La Moneda
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia en alemán sobre el Palacio de La Moneda; citado por su nombre y por su ubicación en Santiago.' from source where slug = 'wikipedia-de-la-moneda';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de la revisión de diciembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-de-la-moneda' and n.position = 1;

-- Santiago
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia sobre Santiago; citado por la ubicación de la ciudad en Chile.' from source where slug = 'wikipedia-santiago';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de la revisión de diciembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-santiago' and n.position = 1;

-- Buenos Aires
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia sobre Buenos Aires; citado por la ubicación de la ciudad en Argentina.' from source where slug = 'wikipedia-simple-buenos-aires';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de la revisión de diciembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-simple-buenos-aires' and n.position = 1;

-- Población callampa
insert into source_translation (source_id, language, summary) select id, 'es',
       'Artículo de enciclopedia en español sobre los asentamientos informales de las ciudades chilenas; citado por el nombre en español de los barrios pobres.' from source where slug = 'wikipedia-es-poblacion-callampa';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'La copia leída no mostraba fecha de última edición. Consultado: no se registró el día; la página se leyó, en una copia guardada, para las notas de investigación del archivo antes de la revisión de diciembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'wikipedia-es-poblacion-callampa' and n.position = 1;

-- Promulgación de la ley 16.640 de Reforma Agraria
insert into source_translation (source_id, language, summary) select id, 'es',
       'Página sobre la promulgación de la Ley de Reforma Agraria de Chile en julio de 1967; citada por el nombre en español de la reforma agraria.' from source where slug = 'surmaule-promulgacion-ley-16640';
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Las notas del archivo no nombran a ningún autor.' from source_note n join source s on s.id = n.source_id where s.slug = 'surmaule-promulgacion-ley-16640' and n.position = 1;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'No se registra fecha para la página. Consultado: no se registró el día; se leyó antes de la revisión de diciembre de 2026.' from source_note n join source s on s.id = n.source_id where s.slug = 'surmaule-promulgacion-ley-16640' and n.position = 2;
insert into source_note_translation (source_note_id, language, text) select n.id, 'es',
       'Las notas del archivo no registran quién publica el sitio; el registro da el nombre del sitio.' from source_note n join source s on s.id = n.source_id where s.slug = 'surmaule-promulgacion-ley-16640' and n.position = 3;

-- =============================================================================================
-- E. Quotations: the archive's Spanish rendering of each verbatim passage, in the article's order
--    (the passage itself stays as the article gives it; English glosses of Spanish names, which
--    the article adds for its readers, are left out of the rendering)
-- =============================================================================================
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'El MIR de Chile: el Movimiento de Izquierda Revolucionaria' from quotation where quote_key = 'title';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Guerrilleros urbanos declaran la guerra a la dictadura de Pinochet' from quotation where quote_key = 'subtitle';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Bautista Van Schouwen, Marcello Ferrada-Noli y Miguel Enriquez en su época universitaria' from quotation where quote_key = 'caption';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Foto cortesía de Marcello Ferrada-Noli' from quotation where quote_key = 'photo-credit';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'El MIR (Movimiento de Izquierda Revolucionaria) es un grupo insurgente chileno que se formó a mediados de la década de 1960.' from quotation where quote_key = 'mir-defined';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Durante la década de 1970, tras la caída del presidente Salvador Allende, intentó activamente derrocar al gobierno chileno, encabezado en ese entonces por el dictador Augusto Pinochet.' from quotation where quote_key = 'mir-against-pinochet';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Después de que varios dirigentes clave fueran capturados y/o asesinados, el MIR dejó de ser una amenaza real para el gobierno chileno.' from quotation where quote_key = 'mir-no-longer-threat';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Todavía existe hoy como partido político: ha renunciado a la violencia y al terrorismo y, en cambio, busca el cambio por medio de la acción política.' from quotation where quote_key = 'mir-today';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'El MIR fue fundado en 1965 por una unión de grupos estudiantiles de izquierda, principalmente en Santiago.' from quotation where quote_key = 'mir-founded';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Se inspiraron sobre todo en la Revolución cubana, que esperaban repetir en Chile.' from quotation where quote_key = 'cuban-inspiration';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Pronto encontraron cierto apoyo en las poblaciones y los barrios obreros de Santiago y entre los sindicatos.' from quotation where quote_key = 'mir-support';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'El dirigente más importante fue el carismático Miguel Enríquez (1944-1974), un médico incansable e idealista que fue secretario general del MIR hasta su muerte en 1974.' from quotation where quote_key = 'enriquez-leader';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'En 1970, el político socialista Salvador Allende fue elegido presidente de Chile' from quotation where quote_key = 'allende-elected';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'inició de inmediato reformas, entre ellas la nacionalización de industrias clave (como la minería del cobre), la toma del control de la educación y la salud y el comienzo del trabajo en un plan de reforma agraria' from quotation where quote_key = 'allende-reforms';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Había un vínculo personal entre Salvador Allende y el MIR: su sobrino, Andrés Pascal Allende, era uno de los jóvenes dirigentes del MIR.' from quotation where quote_key = 'pascal-allende-nephew';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'El MIR apoyaba a Allende, pero consideraba que era demasiado centrista y que sus reformas, aunque eran un buen comienzo, no iban lo suficientemente lejos.' from quotation where quote_key = 'mir-supported-allende';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Cuando se hizo evidente que los militares probablemente derrocarían a Allende, el MIR inició un programa activo para establecer contactos dentro de las Fuerzas Armadas.' from quotation where quote_key = 'mir-contacts';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Su plan era convencer a oficiales subalternos de la necesidad de apoyar al gobierno civil' from quotation where quote_key = 'mir-contacts-plan';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'esperaban que, llegado el momento, esos jóvenes desobedecieran las órdenes de sus superiores y apoyaran la democracia de Chile' from quotation where quote_key = 'mir-contacts-hope';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Los altos oficiales del Ejército de Chile se enteraron del plan y quedaron horrorizados: su peor pesadilla era un Ejército dividido, que podía llevar a una guerra civil abierta.' from quotation where quote_key = 'officers-horrified';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Se esforzaron por identificar a los jóvenes oficiales y soldados que habían sido contactados por el MIR y apartarlos de sus filas; también aumentaron su presión sobre Allende.' from quotation where quote_key = 'officers-weeded-out';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'A comienzos de septiembre de 1973, el general Carlos Prats, jefe de las Fuerzas Armadas de Chile y partidario de la democracia, dejó el cargo, sabiendo que su salida aceleraría el golpe de Estado.' from quotation where quote_key = 'prats-steps-down';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'El 11 de septiembre de 1973, el general Augusto Pinochet encabezó un golpe de Estado contra Allende que terminó con el suicidio del presidente dentro del palacio presidencial.' from quotation where quote_key = 'coup';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Pinochet había golpeado demasiado fuerte y demasiado rápido para el MIR: los oficiales simpatizantes del Ejército habían sido erradicados y el Ejército se movilizó rápidamente para tomar las calles de Santiago.' from quotation where quote_key = 'struck-too-hard';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Una ola de terror se extendió por la ciudad: los militares detuvieron a cualquiera que fuera siquiera remotamente sospechoso de ser comunista o insurgente, e instalaron campos de concentración en el estadio y por toda la ciudad.' from quotation where quote_key = 'wave-of-terror';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Miles de personas fueron detenidas; muchas fueron asesinadas.' from quotation where quote_key = 'thousands-rounded-up';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'El MIR decidió no enfrentar directamente al poderoso Ejército chileno, sino pasar a la clandestinidad y esperar el momento perfecto para atacar.' from quotation where quote_key = 'mir-underground';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Muchos de los dirigentes de la organización huyeron al extranjero.' from quotation where quote_key = 'leaders-fled';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Entretanto, Pinochet comenzó a modificar el Ejército para librar una guerra urbana contra sus propios ciudadanos, con la ayuda de países como Estados Unidos y Brasil.' from quotation where quote_key = 'urban-war';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Creó la Dirección de Inteligencia Nacional, que pronto pasó a conocerse como DINA.' from quotation where quote_key = 'dina-created';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Puso a un despiadado coronel llamado Manuel Contreras a cargo de erradicar al MIR y a otros insurgentes.' from quotation where quote_key = 'contreras-in-charge';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'La Revolución cubana había dado origen a muchos intentos de imitación, no solo al MIR de Chile.' from quotation where quote_key = 'cuban-imitations';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Había varios grupos en Sudamérica con objetivos y creencias similares, entre ellos los Tupamaros en Uruguay' from quotation where quote_key = 'tupamaros';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'el Ejército Revolucionario del Pueblo (conocido como ERP) en Argentina' from quotation where quote_key = 'erp';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'el ELN boliviano (Ejército de Liberación Nacional, varios de cuyos dirigentes habían combatido junto al Ché Guevara en Bolivia a mediados de la década de 1960)' from quotation where quote_key = 'eln';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Ya en octubre de 1972, los distintos grupos habían comenzado a conversar sobre trabajar juntos y compartir recursos, información y casas de seguridad.' from quotation where quote_key = 'alliance-talks';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'La unión de estos grupos fue idea de Enríquez, del MIR, quien recibía a sus compañeros revolucionarios en Chile cuando venían a reuniones y a entrenamiento militar en las instalaciones del MIR en lo profundo de la cordillera de los Andes.' from quotation where quote_key = 'alliance-brainchild';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Tras la caída de Allende, se decidió formalizar la alianza entre los cuatro grupos.' from quotation where quote_key = 'alliance-formalized';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'En una reunión en Buenos Aires, se decidió llamar al grupo JCR, o Junta Coordinadora Revolucionaria.' from quotation where quote_key = 'jcr-named';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'El propio Enríquez había permanecido en Chile: la JCR sería encabezada por Mario Santucho, dirigente del ERP de Argentina.' from quotation where quote_key = 'santucho-heads-jcr';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'La JCR parecía preparada para enfrentar a las dictaduras del Cono Sur' from quotation where quote_key = 'jcr-poised';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'los bolivianos, con sus vínculos con el Ché, aportaban credibilidad revolucionaria' from quotation where quote_key = 'bolivians-che';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'el ERP tenía dinero de una serie de secuestros políticos' from quotation where quote_key = 'erp-money';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'el MIR tiene unas instalaciones clandestinas de armas' from quotation where quote_key = 'mir-weapons';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'los Tupamaros eran guerrilleros urbanos experimentados' from quotation where quote_key = 'tupamaros-urban';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'El MIR fue duramente golpeado por las despiadadas tácticas de Pinochet.' from quotation where quote_key = 'mir-hit-hard';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Entre los miles de ciudadanos chilenos comunes que fueron detenidos y torturados (y a menudo asesinados) había varios cientos de hombres y mujeres jóvenes vinculados al MIR.' from quotation where quote_key = 'mir-members-tortured';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Confesaron bajo tortura y entregaron nombres de otros militantes, ubicaciones de casas de seguridad, información sobre ataques, etc.' from quotation where quote_key = 'confessions';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Muchos dirigentes importantes del MIR fueron detenidos tempranamente' from quotation where quote_key = 'leaders-rounded-up';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'uno de esos dirigentes fue Marcello Ferrada-Noli, uno de los fundadores del MIR y autor de su declaración de principios' from quotation where quote_key = 'ferrada-noli-founder';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'estuvo preso de 1973 a 1975 antes de partir al exilio' from quotation where quote_key = 'ferrada-noli-imprisoned';
insert into quotation_translation (quotation_id, language, text) select id, 'es',
       'Aunque el MIR había construido una sólida red de casas de seguridad, depósitos de armas e intercambio de información durante los años de Allende, todo quedó comprometido de forma rápida e irrevocable durante los primeros meses de la era de Pinochet.' from quotation where quote_key = 'network-compromised';

-- =============================================================================================
-- F. When the changed pages last changed
-- =============================================================================================
-- The entries that gained a cited name show it on their pages in every language (the work is new,
-- and dated in its insert above). The Spanish texts themselves change no English page.
update entry set last_changed = timestamp with time zone '2026-12-06 22:30:00+00:00'
 where slug in ('chilean-armed-forces', 'chilean-army', 'coup-of-11-september-1973', 'jcr');
