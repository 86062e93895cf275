package org.mirarchive.timeline;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.model.Paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What the timeline page is assembled from, for a filter a reader gave, on the seed. */
@ArchiveWebTest
class TimelineTest {

	private static final Paging FIRST = Paging.parse(null).orElseThrow();

	@Autowired
	private Timeline timeline;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aFilterThatCannotBeAppliedGivesEveryReasonDatesFirstWithTheValuesAsWritten() {
		Timeline.Checked checked = timeline.check(new TimelineFilter("nobody", "augusto-pinochet", "abc", "1974"));
		assertThat(checked.applies()).isFalse();
		assertThat(checked.problems()).containsExactly(new TimelineFilter.Problem("timeline.problem.from", "abc"),
				new TimelineFilter.Problem("timeline.problem.person", "nobody"),
				new TimelineFilter.Problem("timeline.problem.organization", "augusto-pinochet"));
		TimelineView refusal = timeline.refusal(checked, Locale.ENGLISH);
		assertThat(refusal.filter().person()).isEqualTo("nobody");
		assertThat(refusal.people()).extracting(TimelineView.Choice::slug).contains("augusto-pinochet");
		assertThat(refusal.dated()).isEmpty();
		assertThat(refusal.undated()).isEmpty();
	}

	@Test
	void aPersonAndARangeShowOnlyThatPersonsEventsOverlappingTheRangeSaidInWords() {
		Timeline.Checked checked = timeline.check(new TimelineFilter("salvador-allende", null, "1973", "1973"));
		assertThat(checked.applies()).isTrue();
		TimelineView view = timeline.page(checked.query(), FIRST, Locale.ENGLISH).orElseThrow();
		List<String> expected = jdbc.queryForList("""
				select '/events/' || o.slug from relation r join entry s on s.id = r.subject_id
				join entry o on o.id = r.object_id where r.kind = 'PARTICIPANT_IN' and s.slug = 'salvador-allende'
				and o.date_edtf is not null and (o.date_latest is null or o.date_latest >= date '1973-01-01')
				and (o.date_earliest is null or o.date_earliest <= date '1973-12-31')""", String.class);
		assertThat(view.dated()).extracting(dated -> dated.line().url()).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
		assertThat(view.undated()).isEmpty();
		assertThat(view.matching()).isEqualTo(expected.size());
		assertThat(view.narrowing()).extracting(TimelineView.Narrowing::labelKey, TimelineView.Narrowing::value)
			.containsExactly(tuple("timeline.filter.person", "Salvador Allende"), tuple("timeline.filter.from", "1973"),
					tuple("timeline.filter.to", "1973"));
		assertThat(view.undatedLeftOut()).isEqualTo(jdbc.queryForObject("""
				select count(*) from relation r join entry s on s.id = r.subject_id join entry o on o.id = r.object_id
				where r.kind = 'PARTICIPANT_IN' and s.slug = 'salvador-allende' and o.date_edtf is null""", Long.class));
		assertThat(view.pager().total()).isEqualTo(view.matching());
	}

	@Test
	void theDatesOfTheRangeAreSaidInTheReadersLanguage() {
		Timeline.Checked checked = timeline.check(new TimelineFilter(null, null, "1973-09", null));
		TimelineView view = timeline.page(checked.query(), FIRST, Locale.forLanguageTag("es")).orElseThrow();
		assertThat(view.narrowing()).extracting(TimelineView.Narrowing::value).containsExactly("septiembre de 1973");
	}

	@Test
	void aPageBeyondTheLastOfANarrowedTimelineIsNone() {
		Timeline.Checked checked = timeline.check(new TimelineFilter("augusto-pinochet", null, null, null));
		long matching = timeline.page(checked.query(), FIRST, Locale.ENGLISH).orElseThrow().matching();
		Paging beyond = Paging.parse(String.valueOf(matching / Paging.SIZE + 2)).orElseThrow();
		assertThat(timeline.page(checked.query(), beyond, Locale.ENGLISH)).isEmpty();
	}

}
