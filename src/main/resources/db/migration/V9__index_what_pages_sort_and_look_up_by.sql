-- Indexes for what pages sort and look up by, so that a page costs the same in an archive of
-- 100,000 entries as in the seed (plans recorded in docs/performance.md). Portable SQL.

-- Index pages read a page of one kind in sort-key order, ties broken by id so that no entry
-- moves between pages: the index gives that order, and the page is read from it.
drop index entry_kind_sort;
create index entry_kind_sort on entry (kind, sort_key, id);

-- Events and the timeline read a page in date order, undated events last in article order.
drop index entry_kind_date;
create index entry_kind_date on entry (kind, date_earliest asc nulls last, date_latest asc nulls last, position, id);

-- An entry page loads the editorial notes beside its statements by statement.
create index editorial_note_statement on editorial_note (statement_id);

-- A source page loads the record's notes by source; the sources index reads works in order.
create index source_note_source on source_note (source_id);
create index source_position on source (position, id);
