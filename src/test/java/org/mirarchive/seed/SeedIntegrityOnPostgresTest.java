package org.mirarchive.seed;

import org.mirarchive.OnPostgres;

/**
 * The seed's integrity checks, on PostgreSQL: the same test bodies as {@link SeedIntegrityTest}, which runs them on H2.
 */
@OnPostgres
class SeedIntegrityOnPostgresTest extends SeedIntegrityTest {

}
