-- A harvester's list of one kind of entry (an OAI-PMH set: /oai?verb=ListRecords&set=places) is
-- read a page at a time after the last entry of the page before, by id: with this index each page
-- is a short range of it, not a sort of every entry of the kind, however many there are.
create index entry_kind_id on entry (kind, id);
