package org.mirarchive.timeline;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.Events;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database narrows the timeline as {@link TimelineFilter} says it should: the events the
 * people and organization given took part in, whose dates can overlap the range, in the whole
 * timeline's order, a page at a time.
 */
@ArchiveWebTest
public class TimelineQueryTest {

	@Autowired
	private EntryRepository entries;

	@Autowired
	private JdbcTemplate jdbc;

	@ParameterizedTest(name = "person {0}, organization {1}, {2} to {3}")
	@CsvSource(nullValues = "-", value = { "augusto-pinochet, -, 1973, 1974", "salvador-allende, -, 1973, 1973",
			"miguel-enriquez, mir, -, 1973", "-, mir, 1970, -", "-, mir, -, -", "-, -, 1973-09, 1973-09",
			"-, -, -, 1969", "augusto-pinochet, -, -, 1960" })
	void theDatabaseKeepsTheEventsTheFilterKeeps(String person, String organization, String from, String to) {
		TimelineFilter filter = new TimelineFilter(person, organization, from, to);
		List<String> expected = entries.findByKindOrderBySortKeyAscIdAsc(EntryKind.EVENT)
			.stream()
			.filter(event -> person == null || tookPart(person).contains(event.getSlug()))
			.filter(event -> organization == null || tookPart(organization).contains(event.getSlug()))
			.filter(event -> filter.inRange(event.getDate()))
			.map(Entry::getSlug)
			.toList();
		assertThat(slugs(entries.findAll(query(filter).events()))).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void aPersonAndARangeKeepOnlyThatPersonsEventsOverlappingTheRange() {
		TimelineFilter filter = new TimelineFilter("augusto-pinochet", null, "1973-09-11", "1973-09-11");
		List<String> kept = slugs(entries.findAll(query(filter).events()));
		List<String> all = slugs(entries.findAll(query(new TimelineFilter("augusto-pinochet", null, null, null)).events()));
		assertThat(kept).isNotEmpty().hasSizeLessThan(all.size());
		assertThat(all).containsAll(kept);
		assertThat(kept).allSatisfy(slug -> assertThat(
				filter.inRange(entries.findByKindAndSlug(EntryKind.EVENT, slug).orElseThrow().getDate())).isTrue());
	}

	@Test
	void pagesOfANarrowedTimelineFollowTheWholeTimelinesOrderWithoutRepeats() {
		// A range that every dated event overlaps: the whole timeline's dated events, in its order.
		TimelineQuery everyDated = query(new TimelineFilter(null, null, "1900", "2100"));
		List<Long> walked = new ArrayList<>();
		Page<Entry> page = entries.findAll(everyDated.events(), PageRequest.of(0, 4, Events.IN_DATE_ORDER));
		walked.addAll(page.map(Entry::getId).getContent());
		while (page.hasNext()) {
			page = entries.findAll(everyDated.events(), page.nextPageable());
			walked.addAll(page.map(Entry::getId).getContent());
		}
		List<Long> datedInOrder = entries.findIdsByKind(EntryKind.EVENT, PageRequest.of(0, 1000, Events.IN_DATE_ORDER))
			.stream()
			.filter(id -> entries.findById(id).orElseThrow().getDate().isPresent())
			.toList();
		assertThat(page.getTotalPages()).isGreaterThan(1);
		assertThat(walked).isEqualTo(datedInOrder);
	}

	@Test
	void aRangeLeavesOutTheUndatedEventsOfWhoTookPartAndCountsThem() {
		TimelineQuery query = query(new TimelineFilter(null, "mir", "1970", null));
		long undated = jdbc.queryForObject("""
				select count(*) from relation r join entry s on s.id = r.subject_id join entry o on o.id = r.object_id
				where r.kind = 'PARTICIPANT_IN' and s.slug = 'mir' and o.date_edtf is null""", Long.class);
		assertThat(undated).isPositive();
		assertThat(entries.count(query.undatedEvents())).isEqualTo(undated);
		assertThat(entries.findAll(query.events())).allSatisfy(event -> assertThat(event.getDate().isPresent()).isTrue());
	}

	private TimelineQuery query(TimelineFilter filter) {
		return new TimelineQuery(filter, entry(EntryKind.PERSON, filter.person()),
				entry(EntryKind.ORGANIZATION, filter.organization()));
	}

	private Entry entry(EntryKind kind, String slug) {
		return slug == null ? null : entries.findByKindAndSlug(kind, slug).orElseThrow();
	}

	private List<String> tookPart(String slug) {
		return jdbc.queryForList("select o.slug from relation r join entry s on s.id = r.subject_id "
				+ "join entry o on o.id = r.object_id where r.kind = 'PARTICIPANT_IN' and s.slug = ?", String.class, slug);
	}

	private static List<String> slugs(Iterable<Entry> events) {
		List<String> slugs = new ArrayList<>();
		events.forEach(event -> slugs.add(event.getSlug()));
		return slugs;
	}

}
