-- The two reading paths the archive starts with. "The article, step by step" reads the seed
-- article section by section: each step is a section, told in the archive's words and cited to
-- the section's own sentences; the page lists the entries whose claims cite that section. "From
-- 1965 to 1974" walks the events whose dates begin in those years, in date order: each step is an
-- event's first statement, which carries its own citations, so the archive adds no text there.

insert into reading_path (slug, title, title_es, introduction, introduction_es, position)
values ('the-article-step-by-step', 'The article, step by step', 'El artículo, paso a paso',
        'Read the article the archive starts from, one section at a time: what each section tells, in the archive''s words and cited to the section''s own sentences, and the entries of the archive that cite it. Read it beside the article''s page, and About the source for what kind of work it is.',
        'Lea el artículo del que parte el archivo, sección por sección: lo que cuenta cada sección, en palabras del archivo y citado a las oraciones de la propia sección, y las entradas del archivo que la citan. Léalo junto a la página del artículo y a «Sobre la fuente», que explica qué clase de obra es.',
        1);

insert into reading_path_step (path_id, step_key, position, text, text_es, source_id, section_no)
select p.id, 'article-introduction', 1, 'The article opens by describing the MIR as a Chilean insurgent group formed in the mid-1960s which, after the fall of Allende, tried to overthrow the Chilean government, then led by Augusto Pinochet; it adds that the MIR still exists as a political party.',
       'El artículo comienza describiendo al MIR como un grupo insurgente chileno formado a mediados de los años sesenta que, tras la caída de Allende, intentó derrocar al gobierno chileno, entonces encabezado por Augusto Pinochet; añade que el MIR sigue existiendo como partido político.',
       s.id, 1 from reading_path p, source s where p.slug = 'the-article-step-by-step' and s.slug = 'chiles-mir-the-revolutionary-left-movement';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 1 from reading_path_step st, quotation qu where st.step_key = 'article-introduction' and qu.quote_key = 'mir-defined';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 2 from reading_path_step st, quotation qu where st.step_key = 'article-introduction' and qu.quote_key = 'mir-against-pinochet';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 3 from reading_path_step st, quotation qu where st.step_key = 'article-introduction' and qu.quote_key = 'mir-today';

insert into reading_path_step (path_id, step_key, position, text, text_es, source_id, section_no)
select p.id, 'article-beginnings', 2, 'It tells how the MIR was founded in 1965 by a union of leftist student groups, mainly in Santiago, taking its inspiration from the Cuban Revolution, and names Miguel Enríquez as its most important leader.',
       'Cuenta cómo el MIR fue fundado en 1965 por una unión de grupos estudiantiles de izquierda, sobre todo en Santiago, inspirado en la Revolución cubana, y nombra a Miguel Enríquez como su líder más importante.',
       s.id, 2 from reading_path p, source s where p.slug = 'the-article-step-by-step' and s.slug = 'chiles-mir-the-revolutionary-left-movement';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 1 from reading_path_step st, quotation qu where st.step_key = 'article-beginnings' and qu.quote_key = 'mir-founded';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 2 from reading_path_step st, quotation qu where st.step_key = 'article-beginnings' and qu.quote_key = 'cuban-inspiration';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 3 from reading_path_step st, quotation qu where st.step_key = 'article-beginnings' and qu.quote_key = 'enriquez-leader';

insert into reading_path_step (path_id, step_key, position, text, text_es, source_id, section_no)
select p.id, 'article-allende', 3, 'It turns to Salvador Allende''s election in 1970 and his reforms, the MIR''s support for him, its contacts within the armed forces, and the coup of 11 September 1973.',
       'Pasa a la elección de Salvador Allende en 1970 y a sus reformas, al apoyo del MIR a Allende, a sus contactos dentro de las Fuerzas Armadas y al golpe del 11 de septiembre de 1973.',
       s.id, 3 from reading_path p, source s where p.slug = 'the-article-step-by-step' and s.slug = 'chiles-mir-the-revolutionary-left-movement';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 1 from reading_path_step st, quotation qu where st.step_key = 'article-allende' and qu.quote_key = 'allende-elected';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 2 from reading_path_step st, quotation qu where st.step_key = 'article-allende' and qu.quote_key = 'mir-supported-allende';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 3 from reading_path_step st, quotation qu where st.step_key = 'article-allende' and qu.quote_key = 'mir-contacts';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 4 from reading_path_step st, quotation qu where st.step_key = 'article-allende' and qu.quote_key = 'coup';

insert into reading_path_step (path_id, step_key, position, text, text_es, source_id, section_no)
select p.id, 'article-pinochet', 4, 'It describes the arrests that followed the coup, the MIR''s decision to go underground, and the creation of the DINA, with Manuel Contreras put in charge of rooting out the MIR.',
       'Describe las detenciones que siguieron al golpe, la decisión del MIR de pasar a la clandestinidad y la creación de la DINA, con Manuel Contreras a cargo de erradicar al MIR.',
       s.id, 4 from reading_path p, source s where p.slug = 'the-article-step-by-step' and s.slug = 'chiles-mir-the-revolutionary-left-movement';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 1 from reading_path_step st, quotation qu where st.step_key = 'article-pinochet' and qu.quote_key = 'wave-of-terror';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 2 from reading_path_step st, quotation qu where st.step_key = 'article-pinochet' and qu.quote_key = 'mir-underground';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 3 from reading_path_step st, quotation qu where st.step_key = 'article-pinochet' and qu.quote_key = 'dina-created';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 4 from reading_path_step st, quotation qu where st.step_key = 'article-pinochet' and qu.quote_key = 'contreras-in-charge';

insert into reading_path_step (path_id, step_key, position, text, text_es, source_id, section_no)
select p.id, 'article-jcr', 5, 'It tells of the alliance of the MIR with the Tupamaros of Uruguay, the ERP of Argentina and the Bolivian ELN, which it calls the brainchild of Enríquez and which was named the JCR at a meeting in Buenos Aires.',
       'Relata la alianza del MIR con los Tupamaros de Uruguay, el ERP de Argentina y el ELN boliviano, que el artículo atribuye a la iniciativa de Enríquez y que recibió el nombre de JCR en una reunión en Buenos Aires.',
       s.id, 5 from reading_path p, source s where p.slug = 'the-article-step-by-step' and s.slug = 'chiles-mir-the-revolutionary-left-movement';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 1 from reading_path_step st, quotation qu where st.step_key = 'article-jcr' and qu.quote_key = 'tupamaros';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 2 from reading_path_step st, quotation qu where st.step_key = 'article-jcr' and qu.quote_key = 'erp';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 3 from reading_path_step st, quotation qu where st.step_key = 'article-jcr' and qu.quote_key = 'eln';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 4 from reading_path_step st, quotation qu where st.step_key = 'article-jcr' and qu.quote_key = 'alliance-brainchild';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 5 from reading_path_step st, quotation qu where st.step_key = 'article-jcr' and qu.quote_key = 'jcr-named';

insert into reading_path_step (path_id, step_key, position, text, text_es, source_id, section_no)
select p.id, 'article-repression', 6, 'It ends with the MIR under repression: many of its leaders rounded up early, members among those detained and tortured, and Marcello Ferrada-Noli locked up from 1973 to 1975.',
       'Termina con el MIR bajo la represión: muchos de sus dirigentes detenidos pronto, militantes entre quienes fueron detenidos y torturados, y Marcello Ferrada-Noli encarcelado de 1973 a 1975.',
       s.id, 6 from reading_path p, source s where p.slug = 'the-article-step-by-step' and s.slug = 'chiles-mir-the-revolutionary-left-movement';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 1 from reading_path_step st, quotation qu where st.step_key = 'article-repression' and qu.quote_key = 'leaders-rounded-up';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 2 from reading_path_step st, quotation qu where st.step_key = 'article-repression' and qu.quote_key = 'mir-members-tortured';
insert into reading_path_citation (step_id, source_id, quotation_id, locator, position)
select st.id, qu.source_id, qu.id, null, 3 from reading_path_step st, quotation qu where st.step_key = 'article-repression' and qu.quote_key = 'ferrada-noli-imprisoned';

insert into reading_path (slug, title, title_es, introduction, introduction_es, position)
values ('from-1965-to-1974', 'From 1965 to 1974', 'De 1965 a 1974',
        'The events of the archive whose dates begin between 1965 and 1974, in the order of their dates: from the MIR''s founding to the death of Miguel Enríquez. Each step gives the event''s first statement, with its references; open the event for the rest, and the timeline for every event.',
        'Los acontecimientos del archivo cuyas fechas comienzan entre 1965 y 1974, en el orden de sus fechas: de la fundación del MIR a la muerte de Miguel Enríquez. Cada paso da la primera afirmación del acontecimiento, con sus referencias; abra el acontecimiento para leer el resto, y la cronología para ver todos los acontecimientos.',
        2);

-- Events whose dates begin in 1965–1974, earliest first; among those beginning together, the
-- shorter first, then the article's order. The step is the event's first statement.
insert into reading_path_step (path_id, step_key, position, statement_id)
select p.id, 'years-' || e.slug,
       row_number() over (order by e.date_earliest, coalesce(e.date_latest, date '9999-12-31'), e.position),
       (select s.id from statement s where s.entry_id = e.id and s.position = (select min(s2.position) from statement s2 where s2.entry_id = e.id))
from reading_path p, entry e
where p.slug = 'from-1965-to-1974' and e.kind = 'EVENT' and e.withdrawn is null
  and e.date_earliest >= date '1965-01-01' and e.date_earliest <= date '1974-12-31';
