package org.mirarchive.data;

import org.mirarchive.OnPostgres;

/** The JSON API, served from PostgreSQL: the same test bodies as {@link ApiTest}, which runs them on H2. */
@OnPostgres
class ApiOnPostgresTest extends ApiTest {

}
