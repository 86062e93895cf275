package org.mirarchive;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import org.mirarchive.account.AccountsPageTest;
import org.mirarchive.account.CuratorsTest;
import org.mirarchive.account.ReadersGetNoSessionTest;
import org.mirarchive.curation.ApiWritesTest;
import org.mirarchive.curation.CurationTest;
import org.mirarchive.curation.PathCurationTest;
import org.mirarchive.curation.WithdrawalTest;
import org.mirarchive.curation.WorkCurationTest;
import org.mirarchive.data.ApiTest;
import org.mirarchive.data.ArchiveDownloadTest;
import org.mirarchive.history.HistoryTest;
import org.mirarchive.history.OwnPostgresDatabase;
import org.mirarchive.history.RevisionBaselineTest;
import org.mirarchive.seed.SeedIntegrityTest;
import org.mirarchive.seed.SeedMigrationTest;
import org.mirarchive.timeline.TimelinePagesTest;
import org.mirarchive.timeline.TimelineQueryTest;
import org.mirarchive.web.CrawlTest;
import org.mirarchive.web.HttpCachingTest;
import org.mirarchive.web.PagesTest;
import org.mirarchive.web.SitemapAndSharingTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests that also run on PostgreSQL, listed once: each nested class runs the test bodies of
 * the test it extends, which runs them on H2, on the real PostgreSQL that {@link TestPostgres}
 * starts once per JVM ({@link OnPostgres}, which every nested class takes from this one). Listed:
 * what SQL could make mean something else there (the migrations and the seed, every kind of page
 * and list, dates compared in queries, the sitemap's blocks of ids, the API and the download,
 * curators' accounts, tokens and audit log, the administrators' accounts page, and that readers still get no session).
 */
@OnPostgres
class OnPostgresTest {

	/** The migrations, run on an empty PostgreSQL database. */
	@Nested
	class SeedMigration extends SeedMigrationTest {

		@Autowired
		private JdbcTemplate jdbc;

		@Test
		void theDatabaseIsPostgres() {
			assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		}

	}

	@Nested
	class SeedIntegrity extends SeedIntegrityTest {

	}

	/** The whole application, served from PostgreSQL, as the web tests below are. */
	@Nested
	class Crawl extends CrawlTest {

		@Autowired
		private JdbcTemplate jdbc;

		@Test
		void theApplicationRunsOnPostgres() {
			assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		}

	}

	@Nested
	class Pages extends PagesTest {

	}

	/** Pages dated from PostgreSQL's timestamps. */
	@Nested
	class HttpCaching extends HttpCachingTest {

	}

	@Nested
	class TimelinePages extends TimelinePagesTest {

	}

	/** The timeline's conditions, built as Criteria, compare dates bound as parameters. */
	@Nested
	class TimelineQuery extends TimelineQueryTest {

	}

	/** The sitemap index numbers blocks of ids in its query, which must mean the same on both. */
	@Nested
	class SitemapAndSharing extends SitemapAndSharingTest {

	}

	@Nested
	class Api extends ApiTest {

	}

	/** Ids streamed through a server-side cursor, in a repeatable-read transaction. */
	@Nested
	class ArchiveDownload extends ArchiveDownloadTest {

	}

	/** Readers' pages from PostgreSQL, with no session and their caching unchanged. */
	@Nested
	class ReadersGetNoSession extends ReadersGetNoSessionTest {

	}

	/**
	 * Accounts, tokens and the audit log on PostgreSQL (its identity columns, timestamps with
	 * time zone). Only curators' tables are written: the pages the other tests read are unchanged.
	 */
	@Nested
	class Curators extends CuratorsTest {

		@Autowired
		private JdbcTemplate jdbc;

		@Test
		void theAccountsAreOnPostgres() {
			assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		}

	}

	/** The baseline revision the migration writes, on PostgreSQL. */
	@Nested
	class RevisionBaseline extends RevisionBaselineTest {

	}

	/**
	 * Revisions written and read on PostgreSQL (its sequences, the baseline the migration copies,
	 * Envers' queries), on a database of its own: these tests change an entry.
	 */
	@Nested
	@ContextConfiguration(initializers = OwnPostgresDatabase.class)
	class History extends HistoryTest {

		@Autowired
		private JdbcTemplate jdbc;

		@Test
		void theRevisionsAreOnPostgres() {
			assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
			assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("edited_history");
		}

	}

	/**
	 * The curators' screens on PostgreSQL (change sets, publishing claim by claim, the three-way
	 * merge, revisions begun inside the note, reverts, the refusals), on the database the history's
	 * tests change.
	 */
	@Nested
	@ContextConfiguration(initializers = OwnPostgresDatabase.class)
	class Curation extends CurationTest {

	}

	/** The curators' screens for works on PostgreSQL: a work's change set, its revisions, the refusals. */
	@Nested
	@ContextConfiguration(initializers = OwnPostgresDatabase.class)
	class WorkCuration extends WorkCurationTest {

	}

	/** The curators' screens for reading paths on PostgreSQL: V44's change set edits, the paths' tables written, the refusals. */
	@Nested
	@ContextConfiguration(initializers = OwnPostgresDatabase.class)
	class PathCuration extends PathCurationTest {

	}

	/**
	 * The write API on PostgreSQL (records read as drafts and published, ETags from the entries'
	 * versions, change sets approved and rejected, history and revert), on the database the
	 * history's tests change.
	 */
	@Nested
	@ContextConfiguration(initializers = OwnPostgresDatabase.class)
	class ApiWrites extends ApiWritesTest {

	}

	/**
	 * The administrators' accounts page on PostgreSQL: the enabled administrators locked
	 * ({@code select … for update}) while a role or state is changed, and the audit log's subject.
	 */
	@Nested
	class AccountsPage extends AccountsPageTest {

	}

	/**
	 * Withdrawing entries on PostgreSQL (the columns V31 adds, the audited withdrawal, the lists'
	 * and the sitemap's conditions), on the database the history's tests change.
	 */
	@Nested
	@ContextConfiguration(initializers = OwnPostgresDatabase.class)
	class Withdrawal extends WithdrawalTest {

	}

}
