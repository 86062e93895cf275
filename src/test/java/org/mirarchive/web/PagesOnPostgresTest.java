package org.mirarchive.web;

import org.mirarchive.OnPostgres;

/**
 * Every kind of page, served from PostgreSQL: the same test bodies as {@link PagesTest}, which runs them on H2.
 */
@OnPostgres
class PagesOnPostgresTest extends PagesTest {

}
