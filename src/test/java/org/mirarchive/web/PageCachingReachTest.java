package org.mirarchive.web;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveDatabaseTest;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.Relation;
import org.mirarchive.work.Quotation;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceSection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a change reaches ({@link PageCaching#reach}), read from the seeded archive: the kinds of the
 * entries it touched (whose lists it changes), the pages that show it, and the works it changed.
 */
@ArchiveDatabaseTest
class PageCachingReachTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aChangeToAPlaceTouchesThePlacesAndShowsOnTheEntriesRelatedToIt() {
		ChangeReach reach = reach(Map.of(Entry.class, Set.of(id("santiago"))));

		assertThat(reach.everything()).isFalse();
		assertThat(reach.touchedKinds()).containsExactly("PLACE");
		assertThat(reach.entries()).containsExactly(id("santiago"));
		assertThat(reach.slugs()).contains("santiago", "mir");
		assertThat(reach.showingKinds()).contains("PLACE", "ORGANIZATION");
		assertThat(reach.works()).isEmpty();
	}

	@Test
	void aChangedRelationTouchesBothEnds() {
		long relation = jdbc.queryForObject("select id from relation where relation_key = 'mir-based-in-santiago'",
				Long.class);

		assertThat(reach(Map.of(Relation.class, Set.of(relation))).touchedKinds())
			.containsExactlyInAnyOrder("PLACE", "ORGANIZATION");
	}

	@Test
	void aChangeToAWorkShowsOnTheEntriesCitingItAndTouchesNoKind() {
		long section = jdbc.queryForObject("select min(id) from source_section where source_id = 1", Long.class);
		ChangeReach reach = reach(Map.of(Source.class, Set.of(1L), SourceSection.class, Set.of(section)));

		assertThat(reach.everything()).isFalse();
		assertThat(reach.works()).containsExactly(1L);
		assertThat(reach.slugs()).isNotEmpty();
		assertThat(reach.touchedKinds()).isEmpty();
		assertThat(reach.entries()).isEmpty();
	}

	/**
	 * A new quotation of the article, with the article that it names but leaves as it was: the pages
	 * of the entries whose citations give it, not of every entry citing the article, and no search
	 * (a search shows a work by its record). Another instance's notice, which cannot tell the two
	 * apart, reaches them all.
	 */
	@Test
	void aQuotationAloneShowsOnThePagesOfTheEntriesThatGiveItAndChangesNoWork() {
		long quotation = jdbc.queryForObject("select id from quotation where quote_key = 'mir-defined'", Long.class);
		Map<Class<?>, Set<Long>> changed = Map.of(Quotation.class, Set.of(quotation), Source.class, Set.of(1L));

		ChangeReach reach = jdbc.execute((ConnectionCallback<ChangeReach>) connection -> PageCaching.reach(changed,
				Map.of(Quotation.class, Set.of(quotation)), connection));

		assertThat(reach.everything()).isFalse();
		assertThat(reach.slugs()).contains("mir", "chile").doesNotContain("miguel-enriquez");
		assertThat(reach.works()).isEmpty();
		assertThat(reach(changed).slugs()).contains("mir", "miguel-enriquez");
		assertThat(reach(changed).works()).containsExactly(1L);
	}

	@Test
	void aChangeToSomethingElseOrToAPartOfAnUnnamedWorkOrToWhatIsNoLongerThereShowsAnywhere() {
		// Another feature's record (a glossary term's, a reading path's), by a class that is neither an entry's nor a work's.
		assertThat(reach(Map.of(Object.class, Set.of(1L))).everything()).isTrue();
		assertThat(reach(Map.of(SourceSection.class, Set.of(1L))).everything()).isTrue();
		assertThat(reach(Map.of(Entry.class, Set.of(-1L))).everything()).isTrue();
	}

	/** What a change reaches, each entity taken to have changed itself (as another instance's notice is read). */
	private ChangeReach reach(Map<Class<?>, ? extends Collection<?>> changed) {
		return jdbc.execute((ConnectionCallback<ChangeReach>) connection -> PageCaching.reach(changed, changed,
				connection));
	}

	private long id(String slug) {
		return jdbc.queryForObject("select id from entry where slug = ?", Long.class, slug);
	}

}
