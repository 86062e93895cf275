-- The audit log (authentication_event, V24) holds more than authentications: administrators'
-- changes to accounts (made, role changed, disabled, enabled) and curators' decisions (a change
-- set approved, sent back or rejected, a revision reverted, an entry withdrawn). username stays
-- the account that acted (or tried to log in); subject is what it acted on: the account made or
-- changed, the change set or entry decided on. detail grows to hold a change set's summary.
-- The table keeps its name (nothing that has landed is renamed). Portable SQL (H2, PostgreSQL).

alter table authentication_event add column subject varchar(200);

alter table authentication_event alter column detail set data type varchar(500);
