package org.mirarchive.timeline;

import org.mirarchive.OnPostgres;

/**
 * The timeline and its filters, served from PostgreSQL: the same test bodies as
 * {@link TimelinePagesTest}, which runs them on H2.
 */
@OnPostgres
class TimelinePagesOnPostgresTest extends TimelinePagesTest {

}
