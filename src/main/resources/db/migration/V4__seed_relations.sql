-- Relations between entries: who founded, led or belonged to what, kinship, alliances,
-- where organizations were based, where events happened and who took part in them.
-- Each reads from subject to object; role says what the subject was ("General Secretary"),
-- inverse_role what the object was to the subject where that differs ("uncle").
-- Every relation is followed by the citations that support it, and its date where it has one.

-- FOUNDER_OF ----------------------------------------------------------------------------
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'ferrada-noli-founded-mir', 'FOUNDER_OF', s.id, o.id, null, null, null, null, null, 1 from entry s, entry o where s.slug = 'marcello-ferrada-noli' and o.slug = 'mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'ferrada-noli-founder' and r.relation_key = 'ferrada-noli-founded-mir';

-- LEADER_OF -----------------------------------------------------------------------------
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'ferrada-noli-leads-mir', 'LEADER_OF', s.id, o.id, null, null, null, null, null, 2 from entry s, entry o where s.slug = 'marcello-ferrada-noli' and o.slug = 'mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'leaders-rounded-up' and r.relation_key = 'ferrada-noli-leads-mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'ferrada-noli-founder' and r.relation_key = 'ferrada-noli-leads-mir';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'enriquez-general-secretary', 'LEADER_OF', s.id, o.id, 'General Secretary', null, '../1974', null, date '1974-12-31', 3 from entry s, entry o where s.slug = 'miguel-enriquez' and o.slug = 'mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'enriquez-leader' and r.relation_key = 'enriquez-general-secretary';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'pascal-allende-leads-mir', 'LEADER_OF', s.id, o.id, 'young leader', null, null, null, null, 4 from entry s, entry o where s.slug = 'andres-pascal-allende' and o.slug = 'mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'pascal-allende-nephew' and r.relation_key = 'pascal-allende-leads-mir';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'allende-president', 'LEADER_OF', s.id, o.id, 'President', null, '1970/1973-09-11', date '1970-01-01', date '1973-09-11', 5 from entry s, entry o where s.slug = 'salvador-allende' and o.slug = 'chilean-government';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-elected' and r.relation_key = 'allende-president';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'coup' and r.relation_key = 'allende-president';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'pinochet-dictator', 'LEADER_OF', s.id, o.id, 'dictator', null, '1973-09-11/', date '1973-09-11', null, 6 from entry s, entry o where s.slug = 'augusto-pinochet' and o.slug = 'chilean-government';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-against-pinochet' and r.relation_key = 'pinochet-dictator';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'coup' and r.relation_key = 'pinochet-dictator';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'prats-heads-armed-forces', 'LEADER_OF', s.id, o.id, 'head', null, '../1973-09', null, date '1973-09-30', 7 from entry s, entry o where s.slug = 'carlos-prats' and o.slug = 'chilean-armed-forces';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'prats-steps-down' and r.relation_key = 'prats-heads-armed-forces';

-- FOUNDER_OF ----------------------------------------------------------------------------
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'enriquez-conceived-jcr', 'FOUNDER_OF', s.id, o.id, 'originator of the alliance', null, null, null, null, 8 from entry s, entry o where s.slug = 'miguel-enriquez' and o.slug = 'jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-brainchild' and r.relation_key = 'enriquez-conceived-jcr';

-- LEADER_OF -----------------------------------------------------------------------------
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'santucho-leads-erp', 'LEADER_OF', s.id, o.id, 'leader', null, null, null, null, 9 from entry s, entry o where s.slug = 'mario-santucho' and o.slug = 'erp';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'santucho-heads-jcr' and r.relation_key = 'santucho-leads-erp';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'santucho-heads-jcr', 'LEADER_OF', s.id, o.id, 'head', null, null, null, null, 10 from entry s, entry o where s.slug = 'mario-santucho' and o.slug = 'jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'santucho-heads-jcr' and r.relation_key = 'santucho-heads-jcr';

-- RELATIVE_OF ---------------------------------------------------------------------------
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'pascal-allende-nephew', 'RELATIVE_OF', s.id, o.id, 'nephew', 'uncle', null, null, null, 11 from entry s, entry o where s.slug = 'andres-pascal-allende' and o.slug = 'salvador-allende';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'pascal-allende-nephew' and r.relation_key = 'pascal-allende-nephew';

-- MEMBER_OF -----------------------------------------------------------------------------
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'mir-in-jcr', 'MEMBER_OF', s.id, o.id, null, null, null, null, null, 12 from entry s, entry o where s.slug = 'mir' and o.slug = 'jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-formalized' and r.relation_key = 'mir-in-jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'jcr-named' and r.relation_key = 'mir-in-jcr';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'tupamaros-in-jcr', 'MEMBER_OF', s.id, o.id, null, null, null, null, null, 13 from entry s, entry o where s.slug = 'tupamaros' and o.slug = 'jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'tupamaros' and r.relation_key = 'tupamaros-in-jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-formalized' and r.relation_key = 'tupamaros-in-jcr';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'erp-in-jcr', 'MEMBER_OF', s.id, o.id, null, null, null, null, null, 14 from entry s, entry o where s.slug = 'erp' and o.slug = 'jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'erp' and r.relation_key = 'erp-in-jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-formalized' and r.relation_key = 'erp-in-jcr';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'eln-in-jcr', 'MEMBER_OF', s.id, o.id, null, null, null, null, null, 15 from entry s, entry o where s.slug = 'eln' and o.slug = 'jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'eln' and r.relation_key = 'eln-in-jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-formalized' and r.relation_key = 'eln-in-jcr';

-- PART_OF -------------------------------------------------------------------------------
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'dina-part-of-government', 'PART_OF', s.id, o.id, null, null, null, null, null, 16 from entry s, entry o where s.slug = 'dina' and o.slug = 'chilean-government';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'dina-created' and r.relation_key = 'dina-part-of-government';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-against-pinochet' and r.relation_key = 'dina-part-of-government';

-- BASED_IN ------------------------------------------------------------------------------
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'mir-based-in-santiago', 'BASED_IN', s.id, o.id, 'founded primarily in', null, null, null, null, 17 from entry s, entry o where s.slug = 'mir' and o.slug = 'santiago';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-founded' and r.relation_key = 'mir-based-in-santiago';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'mir-facility-in-andes', 'BASED_IN', s.id, o.id, 'training facility', null, null, null, null, 18 from entry s, entry o where s.slug = 'mir' and o.slug = 'andes-mountains';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-brainchild' and r.relation_key = 'mir-facility-in-andes';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'tupamaros-in-uruguay', 'BASED_IN', s.id, o.id, null, null, null, null, null, 19 from entry s, entry o where s.slug = 'tupamaros' and o.slug = 'uruguay';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'tupamaros' and r.relation_key = 'tupamaros-in-uruguay';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'erp-in-argentina', 'BASED_IN', s.id, o.id, null, null, null, null, null, 20 from entry s, entry o where s.slug = 'erp' and o.slug = 'argentina';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'erp' and r.relation_key = 'erp-in-argentina';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'eln-in-bolivia', 'BASED_IN', s.id, o.id, null, null, null, null, null, 21 from entry s, entry o where s.slug = 'eln' and o.slug = 'bolivia';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'eln' and r.relation_key = 'eln-in-bolivia';

-- HAPPENED_AT ---------------------------------------------------------------------------
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'founding-in-santiago', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 22 from entry s, entry o where s.slug = 'founding-of-the-mir' and o.slug = 'santiago';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-founded' and r.relation_key = 'founding-in-santiago';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'guevara-campaign-in-bolivia', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 23 from entry s, entry o where s.slug = 'guevara-in-bolivia' and o.slug = 'bolivia';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'eln' and r.relation_key = 'guevara-campaign-in-bolivia';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'election-in-chile', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 24 from entry s, entry o where s.slug = 'election-of-salvador-allende' and o.slug = 'chile';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-elected' and r.relation_key = 'election-in-chile';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'reforms-in-chile', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 25 from entry s, entry o where s.slug = 'allende-reforms' and o.slug = 'chile';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-elected' and r.relation_key = 'reforms-in-chile';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'talks-in-chile', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 26 from entry s, entry o where s.slug = 'alliance-talks' and o.slug = 'chile';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-brainchild' and r.relation_key = 'talks-in-chile';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'talks-in-andes', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 27 from entry s, entry o where s.slug = 'alliance-talks' and o.slug = 'andes-mountains';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-brainchild' and r.relation_key = 'talks-in-andes';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'coup-in-santiago', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 28 from entry s, entry o where s.slug = 'coup-of-11-september-1973' and o.slug = 'santiago';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'struck-too-hard' and r.relation_key = 'coup-in-santiago';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'coup-at-palace', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 29 from entry s, entry o where s.slug = 'coup-of-11-september-1973' and o.slug = 'presidential-palace';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'coup' and r.relation_key = 'coup-at-palace';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'allende-died-at-palace', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 30 from entry s, entry o where s.slug = 'death-of-salvador-allende' and o.slug = 'presidential-palace';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'coup' and r.relation_key = 'allende-died-at-palace';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'arrests-in-santiago', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 31 from entry s, entry o where s.slug = 'mass-arrests-after-the-coup' and o.slug = 'santiago';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'wave-of-terror' and r.relation_key = 'arrests-in-santiago';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'arrests-at-stadium', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 32 from entry s, entry o where s.slug = 'mass-arrests-after-the-coup' and o.slug = 'national-stadium';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'wave-of-terror' and r.relation_key = 'arrests-at-stadium';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'jcr-named-in-buenos-aires', 'HAPPENED_AT', s.id, o.id, null, null, null, null, null, 33 from entry s, entry o where s.slug = 'founding-of-the-jcr' and o.slug = 'buenos-aires';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'jcr-named' and r.relation_key = 'jcr-named-in-buenos-aires';

-- PARTICIPANT_IN ------------------------------------------------------------------------
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'ferrada-noli-at-founding', 'PARTICIPANT_IN', s.id, o.id, 'founder', null, null, null, null, 34 from entry s, entry o where s.slug = 'marcello-ferrada-noli' and o.slug = 'founding-of-the-mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'ferrada-noli-founder' and r.relation_key = 'ferrada-noli-at-founding';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'mir-at-founding', 'PARTICIPANT_IN', s.id, o.id, 'organization founded', null, null, null, null, 35 from entry s, entry o where s.slug = 'mir' and o.slug = 'founding-of-the-mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-founded' and r.relation_key = 'mir-at-founding';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'guevara-in-bolivia', 'PARTICIPANT_IN', s.id, o.id, 'fought in Bolivia', null, null, null, null, 36 from entry s, entry o where s.slug = 'che-guevara' and o.slug = 'guevara-in-bolivia';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'eln' and r.relation_key = 'guevara-in-bolivia';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'eln-in-guevara-campaign', 'PARTICIPANT_IN', s.id, o.id, 'several of its leaders fought alongside Guevara', null, null, null, null, 37 from entry s, entry o where s.slug = 'eln' and o.slug = 'guevara-in-bolivia';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'eln' and r.relation_key = 'eln-in-guevara-campaign';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'allende-elected', 'PARTICIPANT_IN', s.id, o.id, 'elected President', null, null, null, null, 38 from entry s, entry o where s.slug = 'salvador-allende' and o.slug = 'election-of-salvador-allende';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-elected' and r.relation_key = 'allende-elected';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'allende-reforms', 'PARTICIPANT_IN', s.id, o.id, 'began the reforms', null, null, null, null, 39 from entry s, entry o where s.slug = 'salvador-allende' and o.slug = 'allende-reforms';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'allende-reforms' and r.relation_key = 'allende-reforms';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'mir-contacts', 'PARTICIPANT_IN', s.id, o.id, 'sought the contacts', null, null, null, null, 40 from entry s, entry o where s.slug = 'mir' and o.slug = 'mir-contacts-in-the-armed-forces';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-contacts' and r.relation_key = 'mir-contacts';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'armed-forces-contacted', 'PARTICIPANT_IN', s.id, o.id, 'approached by the MIR', null, null, null, null, 41 from entry s, entry o where s.slug = 'chilean-armed-forces' and o.slug = 'mir-contacts-in-the-armed-forces';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-contacts' and r.relation_key = 'armed-forces-contacted';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'army-purge', 'PARTICIPANT_IN', s.id, o.id, 'carried out the purge', null, null, null, null, 42 from entry s, entry o where s.slug = 'chilean-army' and o.slug = 'purge-of-officers-contacted-by-the-mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'officers-weeded-out' and r.relation_key = 'army-purge';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'mir-purged-contacts', 'PARTICIPANT_IN', s.id, o.id, 'lost its contacts', null, null, null, null, 43 from entry s, entry o where s.slug = 'mir' and o.slug = 'purge-of-officers-contacted-by-the-mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'officers-weeded-out' and r.relation_key = 'mir-purged-contacts';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'mir-in-talks', 'PARTICIPANT_IN', s.id, o.id, 'took part in the talks', null, null, null, null, 44 from entry s, entry o where s.slug = 'mir' and o.slug = 'alliance-talks';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-talks' and r.relation_key = 'mir-in-talks';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-brainchild' and r.relation_key = 'mir-in-talks';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'tupamaros-in-talks', 'PARTICIPANT_IN', s.id, o.id, 'took part in the talks', null, null, null, null, 45 from entry s, entry o where s.slug = 'tupamaros' and o.slug = 'alliance-talks';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-talks' and r.relation_key = 'tupamaros-in-talks';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'tupamaros' and r.relation_key = 'tupamaros-in-talks';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'erp-in-talks', 'PARTICIPANT_IN', s.id, o.id, 'took part in the talks', null, null, null, null, 46 from entry s, entry o where s.slug = 'erp' and o.slug = 'alliance-talks';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-talks' and r.relation_key = 'erp-in-talks';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'erp' and r.relation_key = 'erp-in-talks';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'eln-in-talks', 'PARTICIPANT_IN', s.id, o.id, 'took part in the talks', null, null, null, null, 47 from entry s, entry o where s.slug = 'eln' and o.slug = 'alliance-talks';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-talks' and r.relation_key = 'eln-in-talks';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'eln' and r.relation_key = 'eln-in-talks';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'enriquez-hosted-talks', 'PARTICIPANT_IN', s.id, o.id, 'host', null, null, null, null, 48 from entry s, entry o where s.slug = 'miguel-enriquez' and o.slug = 'alliance-talks';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-brainchild' and r.relation_key = 'enriquez-hosted-talks';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'prats-stepped-down', 'PARTICIPANT_IN', s.id, o.id, 'stepped down', null, null, null, null, 49 from entry s, entry o where s.slug = 'carlos-prats' and o.slug = 'carlos-prats-steps-down';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'prats-steps-down' and r.relation_key = 'prats-stepped-down';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'pinochet-led-coup', 'PARTICIPANT_IN', s.id, o.id, 'led the coup', null, null, null, null, 50 from entry s, entry o where s.slug = 'augusto-pinochet' and o.slug = 'coup-of-11-september-1973';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'coup' and r.relation_key = 'pinochet-led-coup';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'allende-overthrown', 'PARTICIPANT_IN', s.id, o.id, 'President overthrown', null, null, null, null, 51 from entry s, entry o where s.slug = 'salvador-allende' and o.slug = 'coup-of-11-september-1973';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'coup' and r.relation_key = 'allende-overthrown';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'army-in-coup', 'PARTICIPANT_IN', s.id, o.id, 'took the streets of Santiago', null, null, null, null, 52 from entry s, entry o where s.slug = 'chilean-army' and o.slug = 'coup-of-11-september-1973';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'struck-too-hard' and r.relation_key = 'army-in-coup';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'allende-died', 'PARTICIPANT_IN', s.id, o.id, 'died', null, null, null, null, 53 from entry s, entry o where s.slug = 'salvador-allende' and o.slug = 'death-of-salvador-allende';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'coup' and r.relation_key = 'allende-died';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'military-arrests', 'PARTICIPANT_IN', s.id, o.id, 'carried out the arrests', null, null, null, null, 54 from entry s, entry o where s.slug = 'chilean-armed-forces' and o.slug = 'mass-arrests-after-the-coup';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'wave-of-terror' and r.relation_key = 'military-arrests';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'mir-underground', 'PARTICIPANT_IN', s.id, o.id, 'went underground', null, null, null, null, 55 from entry s, entry o where s.slug = 'mir' and o.slug = 'mir-goes-underground';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-underground' and r.relation_key = 'mir-underground';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'pinochet-reorganised', 'PARTICIPANT_IN', s.id, o.id, 'ordered the reorganisation', null, null, null, null, 56 from entry s, entry o where s.slug = 'augusto-pinochet' and o.slug = 'reorganisation-of-the-army';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'urban-war' and r.relation_key = 'pinochet-reorganised';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'army-reorganised', 'PARTICIPANT_IN', s.id, o.id, 'reorganised', null, null, null, null, 57 from entry s, entry o where s.slug = 'chilean-army' and o.slug = 'reorganisation-of-the-army';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'urban-war' and r.relation_key = 'army-reorganised';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'usa-helped', 'PARTICIPANT_IN', s.id, o.id, 'gave help', null, null, null, null, 58 from entry s, entry o where s.slug = 'united-states' and o.slug = 'reorganisation-of-the-army';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'urban-war' and r.relation_key = 'usa-helped';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'brazil-helped', 'PARTICIPANT_IN', s.id, o.id, 'gave help', null, null, null, null, 59 from entry s, entry o where s.slug = 'brazil' and o.slug = 'reorganisation-of-the-army';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'urban-war' and r.relation_key = 'brazil-helped';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'pinochet-created-dina', 'PARTICIPANT_IN', s.id, o.id, 'creator', null, null, null, null, 60 from entry s, entry o where s.slug = 'augusto-pinochet' and o.slug = 'creation-of-dina';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'dina-created' and r.relation_key = 'pinochet-created-dina';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'dina-created', 'PARTICIPANT_IN', s.id, o.id, 'organization created', null, null, null, null, 61 from entry s, entry o where s.slug = 'dina' and o.slug = 'creation-of-dina';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'dina-created' and r.relation_key = 'dina-created';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'pinochet-repression', 'PARTICIPANT_IN', s.id, o.id, 'placed Contreras in charge', null, null, null, null, 62 from entry s, entry o where s.slug = 'augusto-pinochet' and o.slug = 'repression-of-the-mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'contreras-in-charge' and r.relation_key = 'pinochet-repression';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'contreras-repression', 'PARTICIPANT_IN', s.id, o.id, 'in charge of rooting out the MIR', null, null, null, null, 63 from entry s, entry o where s.slug = 'manuel-contreras' and o.slug = 'repression-of-the-mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'contreras-in-charge' and r.relation_key = 'contreras-repression';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'mir-repressed', 'PARTICIPANT_IN', s.id, o.id, 'targeted', null, null, null, null, 64 from entry s, entry o where s.slug = 'mir' and o.slug = 'repression-of-the-mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'mir-hit-hard' and r.relation_key = 'mir-repressed';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'ferrada-noli-repressed', 'PARTICIPANT_IN', s.id, o.id, 'rounded up', null, null, null, null, 65 from entry s, entry o where s.slug = 'marcello-ferrada-noli' and o.slug = 'repression-of-the-mir';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'leaders-rounded-up' and r.relation_key = 'ferrada-noli-repressed';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'ferrada-noli-founder' and r.relation_key = 'ferrada-noli-repressed';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'mir-founds-jcr', 'PARTICIPANT_IN', s.id, o.id, 'founding member', null, null, null, null, 66 from entry s, entry o where s.slug = 'mir' and o.slug = 'founding-of-the-jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-formalized' and r.relation_key = 'mir-founds-jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'jcr-named' and r.relation_key = 'mir-founds-jcr';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'tupamaros-found-jcr', 'PARTICIPANT_IN', s.id, o.id, 'founding member', null, null, null, null, 67 from entry s, entry o where s.slug = 'tupamaros' and o.slug = 'founding-of-the-jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-formalized' and r.relation_key = 'tupamaros-found-jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'tupamaros' and r.relation_key = 'tupamaros-found-jcr';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'erp-founds-jcr', 'PARTICIPANT_IN', s.id, o.id, 'founding member', null, null, null, null, 68 from entry s, entry o where s.slug = 'erp' and o.slug = 'founding-of-the-jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-formalized' and r.relation_key = 'erp-founds-jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'erp' and r.relation_key = 'erp-founds-jcr';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'eln-founds-jcr', 'PARTICIPANT_IN', s.id, o.id, 'founding member', null, null, null, null, 69 from entry s, entry o where s.slug = 'eln' and o.slug = 'founding-of-the-jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'alliance-formalized' and r.relation_key = 'eln-founds-jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'eln' and r.relation_key = 'eln-founds-jcr';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'jcr-founded', 'PARTICIPANT_IN', s.id, o.id, 'organization named', null, null, null, null, 70 from entry s, entry o where s.slug = 'jcr' and o.slug = 'founding-of-the-jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'jcr-named' and r.relation_key = 'jcr-founded';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'santucho-to-head-jcr', 'PARTICIPANT_IN', s.id, o.id, 'chosen to head the JCR', null, null, null, null, 71 from entry s, entry o where s.slug = 'mario-santucho' and o.slug = 'founding-of-the-jcr';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'santucho-heads-jcr' and r.relation_key = 'santucho-to-head-jcr';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'ferrada-noli-imprisoned', 'PARTICIPANT_IN', s.id, o.id, 'imprisoned', null, null, null, null, 72 from entry s, entry o where s.slug = 'marcello-ferrada-noli' and o.slug = 'imprisonment-of-marcello-ferrada-noli';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'ferrada-noli-imprisoned' and r.relation_key = 'ferrada-noli-imprisoned';
insert into relation (relation_key, kind, subject_id, object_id, role, inverse_role, date_edtf, date_earliest, date_latest, position)
select 'enriquez-died', 'PARTICIPANT_IN', s.id, o.id, 'died', null, null, null, null, 73 from entry s, entry o where s.slug = 'miguel-enriquez' and o.slug = 'death-of-miguel-enriquez';
insert into citation (source_id, quotation_id, relation_id) select q.source_id, q.id, r.id from quotation q, relation r where q.quote_key = 'enriquez-leader' and r.relation_key = 'enriquez-died';
