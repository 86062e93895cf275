-- Which headwords the archive coined. A headword is either a name a work gives (a person, a
-- country, "Golpe de Estado del 11 de septiembre de 1973") or a title the archive wrote to
-- describe what has no name of its own ("Founding of the MIR", "Trade unions", "Government of
-- Chile"). A coined title is editorial text: it is translated like a summary and needs no
-- citation; a name in another language must come, cited, from a work (editorial-policy.md,
-- section 3). V16 translated the events' titles by their kind; the flag records the distinction
-- itself, entry by entry, so that it holds for every kind.
alter table entry add column headword_coined boolean default false not null;

update entry set headword_coined = true where slug in (
    'founding-of-the-mir',
    'guevara-in-bolivia',
    'election-of-salvador-allende',
    'allende-reforms',
    'nationalization-of-copper-mining',
    'alliance-talks',
    'imprisonment-of-marcello-ferrada-noli',
    'carlos-prats-steps-down',
    'death-of-salvador-allende',
    'death-of-miguel-enriquez',
    'cuban-revolution',
    'takeover-of-education',
    'takeover-of-health-care',
    'mir-contacts-in-the-armed-forces',
    'purge-of-officers-contacted-by-the-mir',
    'mass-arrests-after-the-coup',
    'mir-goes-underground',
    'reorganisation-of-the-army',
    'creation-of-dina',
    'repression-of-the-mir',
    'founding-of-the-jcr',
    'erp-political-kidnappings',
    'chilean-government',
    'leftist-student-groups',
    'southern-cone-dictatorships',
    'trade-unions',
    'mir-facility-in-the-andes');

-- The Spanish titles of the coined headwords of groups, a government and a place.
update entry_translation set name = 'Gobierno de Chile', sort_key = 'gobierno de chile'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'chilean-government');
update entry_translation set name = 'Grupos estudiantiles de izquierda', sort_key = 'grupos estudiantiles de izquierda'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'leftist-student-groups');
update entry_translation set name = 'Dictaduras del Cono Sur', sort_key = 'dictaduras del cono sur'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'southern-cone-dictatorships');
update entry_translation set name = 'Sindicatos', sort_key = 'sindicatos'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'trade-unions');
update entry_translation set name = 'La instalación del MIR en los Andes', sort_key = 'instalacion del mir en los andes'
 where language = 'es' and name is null and entry_id = (select id from entry where slug = 'mir-facility-in-the-andes');
