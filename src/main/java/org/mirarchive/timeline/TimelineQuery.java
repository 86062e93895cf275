package org.mirarchive.timeline;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.Events;

/**
 * A filter that can be applied, as the database applies it: the person and organization it
 * names, found in the archive (null when it names none), and its range. Each query holds only
 * the conditions the reader gave, each once.
 */
record TimelineQuery(TimelineFilter filter, Entry person, Entry organization) {

	/** The events the filter keeps: those the participants took part in, whose dates can fall in the range. */
	Specification<Entry> events() {
		List<Specification<Entry>> conditions = participants();
		if (filter.earliest() != null) {
			conditions.add(Events.endingOnOrAfter(filter.earliest()));
		}
		if (filter.latest() != null) {
			conditions.add(Events.startingOnOrBefore(filter.latest()));
		}
		return Specification.allOf(conditions);
	}

	/** The events the participants took part in that the sources do not date: a range leaves them out. */
	Specification<Entry> undatedEvents() {
		List<Specification<Entry>> conditions = participants();
		conditions.add(Events.undated());
		return Specification.allOf(conditions);
	}

	private List<Specification<Entry>> participants() {
		List<Specification<Entry>> conditions = new ArrayList<>();
		conditions.add(Events.all());
		if (person != null) {
			conditions.add(Events.tookPartIn(person));
		}
		if (organization != null) {
			conditions.add(Events.tookPartIn(organization));
		}
		return conditions;
	}

}
