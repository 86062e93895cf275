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

	@Test
	void aChangeToSomethingElseOrToAPartOfAnUnnamedWorkOrToWhatIsNoLongerThereShowsAnywhere() {
		// Another feature's record (a glossary term's, a reading path's), by a class that is neither an entry's nor a work's.
		assertThat(reach(Map.of(Object.class, Set.of(1L))).everything()).isTrue();
		assertThat(reach(Map.of(SourceSection.class, Set.of(1L))).everything()).isTrue();
		assertThat(reach(Map.of(Entry.class, Set.of(-1L))).everything()).isTrue();
	}

	private ChangeReach reach(Map<Class<?>, ? extends Collection<?>> changed) {
		return jdbc.execute((ConnectionCallback<ChangeReach>) connection -> PageCaching.reach(changed, connection));
	}

	private long id(String slug) {
		return jdbc.queryForObject("select id from entry where slug = ?", Long.class, slug);
	}

}
