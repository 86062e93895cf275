package org.mirarchive.entry;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.mirarchive.instances.CommitFollower;
import org.mirarchive.instances.ContentChange;
import org.mirarchive.work.Source;

/**
 * Has the pages that show a change say they changed with it: in the committing transaction, the
 * entries whose pages show it ({@link EntryPagesShowing}: related to a changed entry, holding it,
 * replaced by it) take the change's time as their last change, as the changed entries do. Their
 * pages send it as {@code Last-Modified}, so a reader's browser asking whether Allende's page
 * changed after the event of his death was renamed is not told it did not; the sitemap says so to
 * search engines. Written without a revision: nothing of those entries was changed by a curator.
 * A change to a work's record dates the pages of the entries that cite it (their References show
 * its record) in the same way; a quotation added or changed, with nothing else of its work, only
 * the pages of the entries whose citations give it ({@link EntryPagesShowing#ofWorks(Map, Map,
 * Connection)}). A change to both (a curator's draft that quotes a passage of a work for the first
 * time writes the quotation with the entry) dates the pages of each part, as the page cache
 * forgets them ({@code web.PageCaching}).
 */
@Component
class PagesShowingAChange implements CommitFollower {

	private final Clock clock;

	PagesShowingAChange(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Runnable beforeCommit(ContentChange change, Connection connection) throws SQLException {
		OffsetDateTime now = OffsetDateTime.now(clock);
		// Asked about the entries' part alone: the whole change, with a work in it, would be "any
		// page", and the pages showing the entries changed would keep their dates.
		Map<Class<?>, Set<Object>> ofEntries = new HashMap<>();
		change.entities().forEach((type, ids) -> {
			if (EntryPagesShowing.ofEntries(type)) {
				ofEntries.put(type, ids);
			}
		});
		Optional<Set<Long>> showing = EntryPagesShowing.ids(ofEntries, connection);
		if (showing.isPresent() && !showing.get().isEmpty()) {
			EntryPagesShowing.changedAt(showing.get(), now, connection);
		}
		Optional<EntryPagesShowing.WorksReach> works = EntryPagesShowing.ofWorks(change.entities(),
				change.themselves(), connection);
		Set<Long> worksShowing;
		if (works.isPresent()) {
			worksShowing = works.get().showing();
		}
		else {
			// Too many to follow part by part (or a part without its work): each work named is taken to
			// have changed its record.
			Set<Long> named = new HashSet<>();
			change.entities().getOrDefault(Source.class, Set.of()).forEach(id -> named.add(((Number) id).longValue()));
			worksShowing = EntryPagesShowing.citing(named, connection);
		}
		if (!worksShowing.isEmpty()) {
			EntryPagesShowing.changedAt(worksShowing, now, connection);
		}
		return NOTHING;
	}

}
