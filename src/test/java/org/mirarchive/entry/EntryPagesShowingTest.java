package org.mirarchive.entry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveDatabaseTest;
import org.mirarchive.work.Quotation;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceSection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which entries' pages show a change, read from the seeded archive: the page cache forgets exactly
 * those (and the lists), so a page left out here would be served stale.
 */
@ArchiveDatabaseTest
class EntryPagesShowingTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anEventShowsOnItsOwnPageItsPlacesAndThePlacesThatHoldThemAndTheEntriesRelatedToIt() {
		assertThat(showing(Map.of(Entry.class, Set.of(id("death-of-salvador-allende")))))
			.hasValueSatisfying(slugs -> assertThat(slugs)
				.contains("death-of-salvador-allende", "presidential-palace", "salvador-allende", "santiago", "chile")
				.doesNotContain("miguel-enriquez", "national-stadium", "cuba"));
		assertThat(touched(Map.of(Entry.class, Set.of(id("death-of-salvador-allende")))))
			.hasValue(Set.of("death-of-salvador-allende"));
	}

	@Test
	void aPartOfAnEntryShowsWhereTheEntryShows() {
		long statement = jdbc.queryForObject("select min(id) from statement where entry_id = ?", Long.class,
				id("miguel-enriquez"));
		long relation = jdbc.queryForObject("select id from relation where relation_key = 'mir-based-in-santiago'",
				Long.class);
		long citation = jdbc.queryForObject("select min(id) from citation where relation_id = ?", Long.class, relation);
		long name = jdbc.queryForObject("select min(id) from entry_name where entry_id = ?", Long.class,
				id("salvador-allende"));

		assertThat(showing(Map.of(Statement.class, Set.of(statement)))).hasValueSatisfying(
				slugs -> assertThat(slugs).contains("miguel-enriquez", "mir").doesNotContain("santiago"));
		assertThat(showing(Map.of(Citation.class, Set.of(citation))))
			.hasValueSatisfying(slugs -> assertThat(slugs).contains("mir", "santiago", "chile"));
		assertThat(showing(Map.of(EntryName.class, Set.of(name))))
			.hasValueSatisfying(slugs -> assertThat(slugs).contains("salvador-allende").doesNotContain("cuba"));
		// Touched itself: the entry holding the statement, both ends of the cited relation.
		assertThat(touched(Map.of(Statement.class, Set.of(statement)))).hasValue(Set.of("miguel-enriquez"));
		assertThat(touched(Map.of(Citation.class, Set.of(citation)))).hasValue(Set.of("mir", "santiago"));
	}

	@Test
	void anIdentifierInAnotherArchiveAndItsCitationShowWhereTheirEntryShows() {
		jdbc.update("insert into entry_identifier (entry_id, scheme, identifier, position) values (?, 'WIKIDATA', 'Q1', 1)",
				id("miguel-enriquez"));
		long identifier = jdbc.queryForObject("select id from entry_identifier where identifier = 'Q1'", Long.class);
		jdbc.update("insert into citation (source_id, locator, identifier_id) values (1, 'a test', ?)", identifier);
		long citation = jdbc.queryForObject("select id from citation where identifier_id = ?", Long.class, identifier);

		assertThat(showing(Map.of(ExternalIdentifier.class, Set.of(identifier)))).hasValueSatisfying(
				slugs -> assertThat(slugs).contains("miguel-enriquez", "mir").doesNotContain("cuba"));
		assertThat(showing(Map.of(Citation.class, Set.of(citation))))
			.hasValueSatisfying(slugs -> assertThat(slugs).contains("miguel-enriquez"));
	}

	@Test
	void aPlacesCoordinatesTheirCitationAndTheirNoteShowWhereThePlaceShows() {
		long point = jdbc.queryForObject("select c.id from entry_coordinates c join entry e on e.id = c.entry_id "
				+ "where e.slug = 'presidential-palace'", Long.class);
		long citation = jdbc.queryForObject("select min(id) from citation where coordinates_id = ?", Long.class, point);
		long note = jdbc.queryForObject("select id from editorial_note where note_key = 'chile-coordinates-note'",
				Long.class);

		// La Moneda's page, and Santiago's and Chile's, which it is within.
		assertThat(showing(Map.of(Coordinates.class, Set.of(point)))).hasValueSatisfying(
				slugs -> assertThat(slugs).contains("presidential-palace", "santiago", "chile").doesNotContain("cuba"));
		assertThat(showing(Map.of(Citation.class, Set.of(citation))))
			.hasValueSatisfying(slugs -> assertThat(slugs).contains("presidential-palace"));
		assertThat(showing(Map.of(EditorialNote.class, Set.of(note))))
			.hasValueSatisfying(slugs -> assertThat(slugs).contains("chile"));
	}

	@Test
	void aWithdrawnEntryShowsTheNameOfTheEntryThatReplacesIt() {
		jdbc.update("update entry set replaced_by_id = ? where slug = 'cuba'", id("bolivia"));

		assertThat(showing(Map.of(Entry.class, Set.of(id("bolivia")))))
			.hasValueSatisfying(slugs -> assertThat(slugs).contains("bolivia", "cuba"));
	}

	@Test
	void aChangeToAWorkOrToMoreThanCanBeLookedUpMayShowOnAnyPage() {
		assertThat(showing(Map.of(Source.class, Set.of(1L)))).isEmpty();
		assertThat(showing(Map.of(Entry.class, Set.of(id("mir")), Source.class, Set.of(1L)))).isEmpty();
		Set<Long> many = Set.copyOf(LongStream.rangeClosed(1, EntryPagesShowing.MOST + 1).boxed().toList());
		assertThat(showing(Map.of(Statement.class, many))).isEmpty();
	}

	/**
	 * A quotation added or changed comes with its work, whose record it leaves as it was: it shows on
	 * the pages of the entries whose citations give it (the MIR's names and definition, Chile's
	 * statement about the MIR), not on those of every entry citing the work (Enríquez's page cites
	 * the article, not that passage). A change to the work's record, or to one of its sections
	 * (which say where a quoted passage stands), shows on all of them.
	 */
	@Test
	void aQuotationShowsOnThePagesOfTheEntriesThatGiveItAndAWorksRecordOnThoseThatCiteIt() {
		long article = jdbc.queryForObject("select id from source where slug = 'chiles-mir-the-revolutionary-left-movement'",
				Long.class);
		long quotation = jdbc.queryForObject("select id from quotation where quote_key = 'mir-defined'", Long.class);
		long section = jdbc.queryForObject("select min(id) from source_section where source_id = ?", Long.class, article);
		Map<Class<?>, Set<Long>> quoted = Map.of(Quotation.class, Set.of(quotation), Source.class, Set.of(article));

		assertThat(works(quoted, Map.of(Quotation.class, Set.of(quotation)))).hasValueSatisfying(reach -> {
			assertThat(slugs(reach.showing())).contains("mir", "chile").doesNotContain("miguel-enriquez");
			assertThat(reach.records()).isEmpty();
		});
		assertThat(works(quoted, quoted)).hasValueSatisfying(reach -> {
			assertThat(slugs(reach.showing())).contains("mir", "chile", "miguel-enriquez");
			assertThat(reach.records()).containsExactly(article);
		});
		Map<Class<?>, Set<Long>> sectioned = Map.of(SourceSection.class, Set.of(section), Source.class, Set.of(article));
		assertThat(works(sectioned, Map.of(SourceSection.class, Set.of(section))))
			.hasValueSatisfying(reach -> assertThat(slugs(reach.showing())).contains("miguel-enriquez"));
		// A quotation whose work is not named, or more quotations than are looked up: any page.
		assertThat(works(Map.of(Quotation.class, Set.of(quotation)), Map.of())).isEmpty();
		Set<Long> many = Set.copyOf(LongStream.rangeClosed(1, EntryPagesShowing.MOST + 1).boxed().toList());
		assertThat(works(Map.of(Quotation.class, many, Source.class, Set.of(article)), Map.of())).isEmpty();
	}

	@Test
	void whatIsNoLongerThereShowsNowhere() {
		assertThat(showing(Map.of(Statement.class, Set.of(-1L), Entry.class, List.of()))).hasValue(Set.of());
	}

	/**
	 * The slugs of the entries whose pages show a change, as the page cache reads them: their ids
	 * ({@link EntryPagesShowing#reach}, which {@link EntryPagesShowing#ids} passes on to the pages'
	 * dating) and then their addresses ({@link EntryPagesShowing#addresses}).
	 */
	private Optional<Set<String>> showing(Map<Class<?>, ? extends Collection<?>> changed) {
		return reached(changed).map(reach -> slugs(reach.showing()));
	}

	/** The slugs of the entries a change touched itself ({@link EntryPagesShowing.Reach#touched}). */
	private Optional<Set<String>> touched(Map<Class<?>, ? extends Collection<?>> changed) {
		return reached(changed).map(reach -> slugs(reach.touched()));
	}

	private Optional<EntryPagesShowing.Reach> reached(Map<Class<?>, ? extends Collection<?>> changed) {
		Optional<EntryPagesShowing.Reach> reach = jdbc.execute(
				(ConnectionCallback<Optional<EntryPagesShowing.Reach>>) connection -> EntryPagesShowing.reach(changed,
						connection));
		assertThat(jdbc.execute((ConnectionCallback<Optional<Set<Long>>>) connection -> EntryPagesShowing.ids(changed,
				connection))).isEqualTo(reach.map(EntryPagesShowing.Reach::showing));
		return reach;
	}

	private Set<String> slugs(Set<Long> entries) {
		Set<String> slugs = new TreeSet<>();
		jdbc.execute((ConnectionCallback<List<EntryPagesShowing.Addressed>>) connection -> EntryPagesShowing
			.addresses(entries, connection)).forEach(entry -> slugs.add(entry.slug()));
		assertThat(slugs).as("every entry reached is there to be read").hasSize(entries.size());
		return slugs;
	}

	private Optional<EntryPagesShowing.WorksReach> works(Map<Class<?>, ? extends Collection<?>> changed,
			Map<Class<?>, ? extends Collection<?>> themselves) {
		return jdbc.execute((ConnectionCallback<Optional<EntryPagesShowing.WorksReach>>) connection -> EntryPagesShowing
			.ofWorks(changed, themselves, connection));
	}

	private long id(String slug) {
		return jdbc.queryForObject("select id from entry where slug = ?", Long.class, slug);
	}

}
