package org.mirarchive.instances;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.mirarchive.Browser;
import org.mirarchive.MirArchiveApplication;
import org.mirarchive.TestPostgres;
import org.mirarchive.curation.ChangeSets;
import org.mirarchive.curation.EntryDraft;
import org.mirarchive.curation.EntryDraft.StatementDraft;
import org.mirarchive.curation.EntryDrafts;
import org.mirarchive.entry.EntryKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the archive on one PostgreSQL database, as a deployment behind a load balancer
 * runs them: a change a curator publishes on one shows on the other's pages and in its search
 * within seconds, though the other kept the page (for a minute, its time to live) and has an index
 * of its own. Each instance is a whole application on a port of its own, started here with
 * {@link SpringApplicationBuilder}: the archive's test kinds ({@code ArchiveWebTest} and the others)
 * give one shared context each, and this test needs two, on a database of their own on the
 * shared server ({@link TestPostgres}) since they change it.
 */
class SeveralInstancesTest {

	private static final String DATABASE = "several_instances";

	private static final String ADMINISTRATOR = "test-administrator";

	private static final String PAGE = "/people/bautista-van-schouwen";

	/** Far under the page cache's time to live (60 s): only a notice can make the page change so soon. */
	private static final Duration WITHIN = Duration.ofSeconds(15);

	private static String url;

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	@BeforeAll
	static void startTwoInstances() throws SQLException {
		String shared = TestPostgres.jdbcUrl();
		try (Connection connection = DriverManager.getConnection(shared);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + DATABASE);
			statement.execute("create database " + DATABASE);
		}
		url = shared.replace("/postgres?", "/" + DATABASE + "?");
		// One after the other: the first migrates the database and makes the administrator.
		a = start();
		b = start();
	}

	/** Both stop, and with them their listeners' threads: none is left waiting for notices. */
	@AfterAll
	static void stop() {
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { b, a }) {
			if (instance != null) {
				instance.close();
			}
		}
		assertThat(Thread.getAllStackTraces().keySet()).as("threads left after both instances stopped")
			.noneMatch(thread -> thread.getName().equals("archive-change-listener") && thread.isAlive());
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(MirArchiveApplication.class).profiles("postgres")
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--server.port=0", "--archive.admin.username=" + ADMINISTRATOR,
					"--archive.admin.password=a test administrator's password",
					"--archive.admin.token=mir_the-test-administrators-token-0123456789");
	}

	@Test
	void aChangePublishedOnOneInstanceShowsOnTheOthersPageAndInItsSearch() throws SQLException {
		Browser onB = browser(b);
		assertThat(onB.get(PAGE).body()).doesNotContain("Tortoiseshell");
		// Kept by B's page cache from now on, for its time to live.
		assertThat(onB.get(PAGE).body()).doesNotContain("Tortoiseshell");
		assertThat(found(onB, "Tortoiseshell")).isFalse();
		assertThat(found(onB, "Quetzalcoatlus")).isFalse();

		EntryDrafts.Published entry = published();
		List<ChangeNotice> notices;
		try (Connection listening = DriverManager.getConnection(url)) {
			try (Statement listen = listening.createStatement()) {
				listen.execute("LISTEN " + ChangeAnnouncer.CHANNEL);
			}
			publishOnA(draft -> withStatementWord(withSummaryWord(draft, " Tortoiseshell."), " Quetzalcoatlus."));
			notices = notices(listening);
		}
		// What A announced names the entry and its statement, not "everything" (which B would follow too).
		assertThat(notices).as("A's notices").isNotEmpty().noneMatch(ChangeNotice::everything);
		assertThat(notices).anySatisfy(notice -> assertThat(notice.changed())
			.containsEntry("Entry", Set.of(String.valueOf(entry.id())))
			.containsEntry("Statement", Set.of(String.valueOf(entry.draft().statements().get(0).id()))));

		// From A's commit (the proposal returns once it is committed):
		Duration toPage = await(() -> onB.get(PAGE).body().contains("Tortoiseshell"), "B's page shows the change");
		Duration toSearch = await(() -> found(onB, "Tortoiseshell"), "B's search finds the summary's new word");
		// A statement is embedded in its entry's index document: the entry is found by it too.
		Duration toStatement = await(() -> found(onB, "Quetzalcoatlus"),
				"B's search finds the statement's new word");
		System.out.printf("Several instances: A's commit to B's page %d ms, then B's search %d ms more (statement %d ms)%n",
				toPage.toMillis(), toSearch.toMillis(), toStatement.toMillis());
	}

	@Test
	void aChangeTheListenerMissedIsFollowedOnceItListensAgainAndPagesAreServedMeanwhile() throws SQLException {
		Browser onB = browser(b);
		assertThat(onB.get(PAGE).body()).doesNotContain("Ankylosaurus");
		assertThat(found(onB, "Ankylosaurus")).isFalse();
		ChangeListener listener = b.getBean(ChangeListener.class);

		// A change no notice announces, as one made while B was not listening: B cannot know of it.
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.executeUpdate("update entry set summary = summary || ' Ankylosaurus.' where slug = '"
					+ PAGE.substring(PAGE.lastIndexOf('/') + 1) + "'");
		}
		assertThat(onB.get(PAGE).body()).as("B's kept page, no notice having come").doesNotContain("Ankylosaurus");

		// The database ends B's listening connection (as a restart of the server would).
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement();
				ResultSet ended = statement.executeQuery("select pg_terminate_backend(pid) from pg_stat_activity"
						+ " where application_name = 'mir-archive-listener-" + listener.instance() + "'")) {
			assertThat(ended.next()).as("B's listening connection").isTrue();
		}
		List<Integer> meanwhile = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			meanwhile.add(onB.get(PAGE).status());
		}
		assertThat(meanwhile).as("B's answers while its listener connects again").containsOnly(200);

		await(() -> onB.get(PAGE).body().contains("Ankylosaurus"), "B's page once it listens again");
		await(() -> found(onB, "Ankylosaurus"), "B's search once it listens again");
		assertThat(listener.listening()).isTrue();
	}

	private static EntryDrafts.Published published() {
		return a.getBean(EntryDrafts.class)
			.published(EntryKind.PERSON, PAGE.substring(PAGE.lastIndexOf('/') + 1))
			.orElseThrow();
	}

	/** The notices delivered to a listening connection within a second. */
	private static List<ChangeNotice> notices(Connection listening) throws SQLException {
		PGNotification[] delivered = listening.unwrap(PGConnection.class).getNotifications(1000);
		return delivered == null ? List.of()
				: Arrays.stream(delivered).map(notice -> ChangeNotice.parse(notice.getParameter())).toList();
	}

	/** Publishes an edit of the entry on A, as a reviewer (published at once), through the curation. */
	private static void publishOnA(java.util.function.UnaryOperator<EntryDraft> edit) {
		EntryDrafts.Published entry = published();
		a.getBean(ChangeSets.class)
			.propose(ADMINISTRATOR, "A change made on one instance",
					List.of(new ChangeSets.Edit(entry.id(), entry.version(), edit.apply(entry.draft()))));
	}

	private static EntryDraft withSummaryWord(EntryDraft draft, String words) {
		return new EntryDraft(draft.kind(), draft.slug(), draft.name(), draft.nameEs(), draft.summary() + words,
				draft.summaryEs(), draft.date(), draft.names(), draft.statements(), draft.relations());
	}

	private static EntryDraft withStatementWord(EntryDraft draft, String words) {
		List<StatementDraft> statements = new ArrayList<>(draft.statements());
		StatementDraft first = statements.get(0);
		statements.set(0, new StatementDraft(first.id(), first.text() + words, first.textEs(), first.citations()));
		return new EntryDraft(draft.kind(), draft.slug(), draft.name(), draft.nameEs(), draft.summary(),
				draft.summaryEs(), draft.date(), draft.names(), statements, draft.relations());
	}

	private static boolean found(Browser browser, String word) {
		return browser.get("/search?q=" + word).body().contains(PAGE + "\"");
	}

	private static Browser browser(ConfigurableApplicationContext instance) {
		return new Browser(((WebServerApplicationContext) instance).getWebServer().getPort());
	}

	/** Waits until the condition holds, at most {@link #WITHIN}; gives how long it took. */
	private static Duration await(java.util.function.BooleanSupplier condition, String what) {
		long start = System.nanoTime();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - start > WITHIN.toNanos()) {
				throw new AssertionError(what + ": not within " + WITHIN);
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
