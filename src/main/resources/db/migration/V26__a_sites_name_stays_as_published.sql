-- A site's name is a name, and stays as published, like a work's title (docs/editorial-policy.md,
-- "8. Work records"): V25 gave "Simple English Wikipedia" a Spanish form, "Wikipedia en inglés
-- simple", as if it were the archive's own words. Under Spanish, the ready-made Chicago citation
-- then title-cased that Spanish text as English ("Wikipedia En Inglés Simple"), since the work is
-- in English and citeproc capitalises an English work's container. The record now shows the
-- site's name as published, marked as English; "Wikipedia contributors", the archive's own way of
-- naming Wikipedia's authors, keeps its Spanish form. Portable SQL (H2, PostgreSQL).

update source_translation set container = null
 where language = 'es' and container = 'Wikipedia en inglés simple';

update source set last_changed = timestamp with time zone '2026-12-07 01:00:00+00:00'
 where container = 'Simple English Wikipedia';
