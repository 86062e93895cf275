package org.mirarchive.entry;

import java.time.LocalDate;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.core.TypedPropertyPath;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import org.mirarchive.model.StoredDate;

/**
 * Conditions on events for {@link EntryRepository}'s queries by {@link Specification}: who took
 * part, and where the dates can fall. A caller joins with {@code and} only the conditions it has,
 * so that no query carries a parameter that may be null: PostgreSQL cannot tell the type of a
 * parameter that is only tested for null, and every such test was a {@code cast} in the query.
 *
 * <pre>
 * entries.findAll(Specification.allOf(Events.all(), Events.tookPartIn(pinochet), Events.endingOnOrAfter(from)),
 * 		PageRequest.of(0, 50, Events.IN_DATE_ORDER));
 * </pre>
 */
public final class Events {

	/**
	 * The timeline's order, as {@link EntryLists} lists events gives it: by date, the
	 * undated last; ties in the order the article tells them, then by id, so that no event moves
	 * between pages.
	 */
	public static final Sort IN_DATE_ORDER = Sort.by(Sort.Order.asc(Entry::getKind),
			Sort.Order.asc(TypedPropertyPath.of(Entry::getDate).then(StoredDate::getEarliest)).nullsLast(),
			Sort.Order.asc(TypedPropertyPath.of(Entry::getDate).then(StoredDate::getLatest)).nullsLast(),
			Sort.Order.asc(Entry::getPosition), Sort.Order.asc(Entry::getId));

	private Events() {
	}

	/** Every event readers see (withdrawn ones are not). */
	public static Specification<Entry> all() {
		return (root, query, builder) -> builder.and(builder.equal(root.get("kind"), EntryKind.EVENT),
				builder.isNull(root.get("withdrawn")));
	}

	/** The events a person or organization took part in (their {@code PARTICIPANT_IN} relations). */
	public static Specification<Entry> tookPartIn(Entry participant) {
		Long id = participant.getId();
		return (root, query, builder) -> {
			Subquery<Long> events = query.subquery(Long.class);
			Root<Relation> relation = events.from(Relation.class);
			events.select(relation.get("object").get("id"))
				.where(builder.equal(relation.get("kind"), RelationKind.PARTICIPANT_IN),
						builder.equal(relation.get("subject").get("id"), id));
			return root.get("id").in(events);
		};
	}

	/**
	 * The dated events that can end on or after a day: an open or unknown end reaches as far as
	 * it needs to (the rule of {@code timeline.TimelineFilter.inRange}).
	 */
	public static Specification<Entry> endingOnOrAfter(LocalDate day) {
		return (root, query, builder) -> {
			Path<StoredDate> date = root.get("date");
			Path<LocalDate> latest = date.get("latest");
			return builder.and(builder.isNotNull(date.get("edtf")),
					builder.or(builder.isNull(latest), builder.greaterThanOrEqualTo(latest, day)));
		};
	}

	/** The dated events that can start on or before a day; an open or unknown start reaches back to it. */
	public static Specification<Entry> startingOnOrBefore(LocalDate day) {
		return (root, query, builder) -> {
			Path<StoredDate> date = root.get("date");
			Path<LocalDate> earliest = date.get("earliest");
			return builder.and(builder.isNotNull(date.get("edtf")),
					builder.or(builder.isNull(earliest), builder.lessThanOrEqualTo(earliest, day)));
		};
	}

	/** The events the sources do not date. */
	public static Specification<Entry> undated() {
		return (root, query, builder) -> builder.isNull(root.get("date").get("edtf"));
	}

}
