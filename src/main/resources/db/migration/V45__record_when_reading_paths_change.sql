-- When each reading path last changed (its title, introduction, steps, their texts and citations),
-- as entries and works record theirs (V5): a path's page says it in Last-Modified, with the
-- entries and works its steps show, so that a browser or shared cache is never told that an older
-- copy is current. Set by each published change (readingpath.PathRecords). A path already there
-- counts as changed when this runs: a curator may have changed it since the release was built,
-- and no time of that change was kept. Portable SQL (H2, PostgreSQL).
alter table reading_path add column last_changed timestamp with time zone default current_timestamp not null;
