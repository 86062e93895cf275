-- Spanish titles for the events. An event's headword ("Founding of the MIR") is not a name any
-- work gives: it is the archive's own descriptive title, editorial text like a summary, so its
-- Spanish is the archive's translation, as summaries are (V14), and needs no citation. A proper
-- name (a person, an organization, a place, and the coup's "Golpe de Estado del 11 de septiembre
-- de 1973", which V14 cites) is a Spanish headword only where a cited work gives it. Two events
-- already have cited Spanish names as headwords (the coup, land reform) and are left as they are.
-- "Reorganisation of the army for urban war" is rendered "Modificación del Ejército…": V11
-- corrected the claim it names to "began modifying" (the article's words); the English headword
-- keeps its wording and its address for now.
update entry_translation set name = 'Fundación del MIR', sort_key = 'fundacion del mir'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'founding-of-the-mir' and kind = 'EVENT');
update entry_translation set name = 'La lucha del Che Guevara en Bolivia', sort_key = 'lucha del che guevara en bolivia'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'guevara-in-bolivia' and kind = 'EVENT');
update entry_translation set name = 'Elección de Salvador Allende', sort_key = 'eleccion de salvador allende'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'election-of-salvador-allende' and kind = 'EVENT');
update entry_translation set name = 'Reformas del gobierno de Allende', sort_key = 'reformas del gobierno de allende'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'allende-reforms' and kind = 'EVENT');
update entry_translation set name = 'Nacionalización de la minería del cobre', sort_key = 'nacionalizacion de la mineria del cobre'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'nationalization-of-copper-mining' and kind = 'EVENT');
update entry_translation set name = 'Conversaciones para una alianza revolucionaria', sort_key = 'conversaciones para una alianza revolucionaria'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'alliance-talks' and kind = 'EVENT');
update entry_translation set name = 'Encarcelamiento de Marcello Ferrada-Noli', sort_key = 'encarcelamiento de marcello ferrada-noli'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'imprisonment-of-marcello-ferrada-noli' and kind = 'EVENT');
update entry_translation set name = 'Carlos Prats deja el cargo', sort_key = 'carlos prats deja el cargo'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'carlos-prats-steps-down' and kind = 'EVENT');
update entry_translation set name = 'Muerte de Salvador Allende', sort_key = 'muerte de salvador allende'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'death-of-salvador-allende' and kind = 'EVENT');
update entry_translation set name = 'Muerte de Miguel Enríquez', sort_key = 'muerte de miguel enriquez'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'death-of-miguel-enriquez' and kind = 'EVENT');
update entry_translation set name = 'Revolución cubana', sort_key = 'revolucion cubana'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'cuban-revolution' and kind = 'EVENT');
update entry_translation set name = 'Toma de control de la educación', sort_key = 'toma de control de la educacion'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'takeover-of-education' and kind = 'EVENT');
update entry_translation set name = 'Toma de control de la salud', sort_key = 'toma de control de la salud'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'takeover-of-health-care' and kind = 'EVENT');
update entry_translation set name = 'Los contactos del MIR en las Fuerzas Armadas', sort_key = 'contactos del mir en las fuerzas armadas'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'mir-contacts-in-the-armed-forces' and kind = 'EVENT');
update entry_translation set name = 'Depuración de los oficiales contactados por el MIR', sort_key = 'depuracion de los oficiales contactados por el mir'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'purge-of-officers-contacted-by-the-mir' and kind = 'EVENT');
update entry_translation set name = 'Detenciones masivas tras el golpe de Estado', sort_key = 'detenciones masivas tras el golpe de estado'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'mass-arrests-after-the-coup' and kind = 'EVENT');
update entry_translation set name = 'El MIR pasa a la clandestinidad', sort_key = 'mir pasa a la clandestinidad'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'mir-goes-underground' and kind = 'EVENT');
update entry_translation set name = 'Modificación del Ejército para la guerra urbana', sort_key = 'modificacion del ejercito para la guerra urbana'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'reorganisation-of-the-army' and kind = 'EVENT');
update entry_translation set name = 'Creación de la DINA', sort_key = 'creacion de la dina'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'creation-of-dina' and kind = 'EVENT');
update entry_translation set name = 'Represión del MIR', sort_key = 'represion del mir'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'repression-of-the-mir' and kind = 'EVENT');
update entry_translation set name = 'Fundación de la JCR', sort_key = 'fundacion de la jcr'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'founding-of-the-jcr' and kind = 'EVENT');
update entry_translation set name = 'Secuestros políticos del ERP', sort_key = 'secuestros politicos del erp'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'erp-political-kidnappings' and kind = 'EVENT');
