-- When each entry and source was last changed, for "last changed" on pages, in citations of
-- the page, in the sitemap and in HTTP caching. The seed was published on 25 November 2026.
-- Editors set last_changed in the migration that changes an entry (see docs/editorial-policy.md).
alter table entry add column last_changed timestamp with time zone default timestamp with time zone '2026-11-25 00:00:00+00:00' not null;
alter table source add column last_changed timestamp with time zone default timestamp with time zone '2026-11-25 00:00:00+00:00' not null;
