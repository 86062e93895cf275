package org.mirarchive.data;

import org.mirarchive.OnPostgres;

/**
 * The whole-archive download, streamed from PostgreSQL (its ids through a server-side cursor, in
 * a repeatable-read transaction): the same test bodies as {@link ArchiveDownloadTest}, which runs
 * them on H2.
 */
@OnPostgres
class ArchiveDownloadOnPostgresTest extends ArchiveDownloadTest {

}
