package org.mirarchive.web;

import org.mirarchive.OnPostgres;

/**
 * The sitemaps and sharing tags, served from PostgreSQL: the same test bodies as
 * {@link SitemapAndSharingTest}, which runs them on H2. The sitemap index numbers blocks of ids
 * in its query, which must mean the same on both.
 */
@OnPostgres
class SitemapAndSharingOnPostgresTest extends SitemapAndSharingTest {

}
