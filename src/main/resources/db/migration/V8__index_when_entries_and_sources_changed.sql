-- Lists of entries and of sources are dated by the newest last_changed among them (HTTP
-- Last-Modified, read on every request for a list): with these indexes that is one index probe
-- however large the archive grows, not a scan of every row.
create index entry_last_changed on entry (last_changed);
create index source_last_changed on source (last_changed);
