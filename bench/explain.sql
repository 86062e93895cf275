-- The statements each kind of page runs (as Hibernate writes them, columns shortened to *),
-- on the synthetic archive, with the plan PostgreSQL chose and what it cost. Run by bench/explain.
\set ON_ERROR_STOP on
\pset footer off

\echo '== sizes'
select relname as "table", n_live_tup as "rows" from pg_stat_user_tables order by n_live_tup desc;

-- An entry in the middle of the archive: the synthetic copy of the MIR (the seed's largest entry)
-- in the middle block; a work in the middle: a synthetic copy of the seed article (the most cited).
select 'synthetic-organization-' || (51 * ((select count(*) from entry where slug like 'synthetic-%') / 51 / 2) + 1) as mid \gset
select id as e from entry where slug = :'mid' \gset
select coalesce(string_agg(id::text, ','), '0') as names from entry_name where entry_id = :e \gset
select coalesce(string_agg(id::text, ','), '0') as statements from statement where entry_id = :e \gset
select coalesce(string_agg(id::text, ','), '0') as notes from editorial_note where entry_id = :e \gset
select coalesce(string_agg(id::text, ','), '0') as relations from relation where subject_id = :e or object_id = :e \gset
select id as src from source where slug like 'synthetic-source-%' and kind = 'ARTICLE'
 order by id offset (select count(*) / 2 from source where kind = 'ARTICLE') limit 1 \gset
select string_agg(id::text, ',') as page_ids from (select id from entry where kind = 'PERSON' order by kind, sort_key, id offset 9000 limit 50) p \gset
\echo 'entry in the middle:' :mid ' (id' :e ')'

\echo '== home: when entries and works last changed (every request), the counts (once a minute), the article'
explain (analyze, buffers, costs off) select max(last_changed) from entry;
explain (analyze, buffers, costs off) select kind, count(id) from entry group by kind;
explain (analyze, buffers, costs off) select count(*) from source;
explain (analyze, buffers, costs off) select * from source order by position, id limit 1;

\echo '== list /people?page=1 and ?page=181 (of 400): the page''s ids from the index, then its rows'
explain (analyze, buffers, costs off) select id from entry where kind = 'PERSON' order by kind, sort_key, id offset 0 limit 50;
explain (analyze, buffers, costs off) select id from entry where kind = 'PERSON' order by kind, sort_key, id offset 9000 limit 50;
explain (analyze, buffers, costs off) select * from entry where id in (:page_ids);
\echo '== the same deep page read the plain way (whole rows skipped), for comparison'
explain (analyze, buffers, costs off) select * from entry where kind = 'PERSON' order by kind, sort_key, id offset 9000 limit 50;
\echo '== timeline and /events: page 1 and a page in the middle, by date'
explain (analyze, buffers, costs off) select id from entry where kind = 'EVENT'
  order by kind, date_earliest asc nulls last, date_latest asc nulls last, position, id offset 0 limit 50;
explain (analyze, buffers, costs off) select id from entry where kind = 'EVENT'
  order by kind, date_earliest asc nulls last, date_latest asc nulls last, position, id offset 18000 limit 50;
\echo '== sources index, a page in the middle'
explain (analyze, buffers, costs off) select id from source order by position, id offset 15000 limit 50;

\echo '== entry page of' :mid
explain (analyze, buffers, costs off) select last_changed from entry where kind = 'ORGANIZATION' and slug = :'mid';
explain (analyze, buffers, costs off) select * from entry where kind = 'ORGANIZATION' and slug = :'mid';
explain (analyze, buffers, costs off) select * from entry_name where entry_id = :e order by position;
explain (analyze, buffers, costs off) select * from citation c left join quotation q on q.id = c.quotation_id
  join source s on s.id = c.source_id where c.name_id in (:names) order by c.id;
explain (analyze, buffers, costs off) select * from citation c left join quotation q on q.id = c.quotation_id
  join source s on s.id = c.source_id where c.date_entry_id = :e order by c.id;
explain (analyze, buffers, costs off) select * from statement where entry_id = :e order by position;
explain (analyze, buffers, costs off) select * from citation c left join quotation q on q.id = c.quotation_id
  join source s on s.id = c.source_id where c.statement_id in (:statements);
explain (analyze, buffers, costs off) select * from editorial_note where statement_id in (:statements) order by position;
explain (analyze, buffers, costs off) select * from citation c left join quotation q on q.id = c.quotation_id
  join source s on s.id = c.source_id where c.note_id in (:notes);
explain (analyze, buffers, costs off) select * from relation r join entry o on o.id = r.object_id where r.subject_id = :e order by r.position, r.id;
explain (analyze, buffers, costs off) select * from relation r join entry s on s.id = r.subject_id where r.object_id = :e order by r.position, r.id;
explain (analyze, buffers, costs off) select * from citation c left join quotation q on q.id = c.quotation_id
  join source s on s.id = c.source_id where c.relation_id in (:relations);
\echo '== the single query that looked up relations from both ends, for comparison'
explain (analyze, buffers, costs off) select * from relation r where r.subject_id = :e or r.object_id = :e order by r.position;

\echo '== source page of a copy of the article in the middle: the work, its citations with their claims, its notes'
explain (analyze, buffers, costs off) select * from source where id = :src;
explain (analyze, buffers, costs off) select * from citation c left join quotation q on q.id = c.quotation_id
  left join statement st on st.id = c.statement_id left join entry ste on ste.id = st.entry_id
  left join entry_name n on n.id = c.name_id left join entry ne on ne.id = n.entry_id
  left join entry de on de.id = c.date_entry_id
  left join relation r on r.id = c.relation_id left join entry rs on rs.id = r.subject_id left join entry ro on ro.id = r.object_id
  left join editorial_note nt on nt.id = c.note_id left join entry nte on nte.id = nt.entry_id
  where c.source_id = :src order by c.id;
explain (analyze, buffers, costs off) select * from source_note where source_id = :src order by position;
