package org.mirarchive.web;

import org.mirarchive.OnPostgres;

/**
 * Conditional requests, hashed static URLs and compression, with pages dated from PostgreSQL: the
 * same test bodies as {@link HttpCachingTest}, which runs them on H2.
 */
@OnPostgres
class HttpCachingOnPostgresTest extends HttpCachingTest {

}
