package org.mirarchive.readingpath;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.work.Quotation;
import org.mirarchive.work.Source;

/**
 * The reading paths as curators' drafts ({@link PathDraft}), with the version each was read at,
 * and a draft written into the paths' records: a new path at the address given, or a published one
 * brought to the draft's state, its steps kept by key (so that their addresses on the page stay),
 * added, changed, moved or removed. The curation decides whether a draft may be written and
 * resolves its citations; this writes what it is given.
 */
@Component
public class PathRecords {

	private final ReadingPathRepository paths;

	private final PathTargets targets;

	private final EntityManager entityManager;

	private final Clock clock;

	PathRecords(ReadingPathRepository paths, PathTargets targets, EntityManager entityManager, Clock clock) {
		this.paths = paths;
		this.targets = targets;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** A published path as a draft, with its id and the version it was read at. */
	public record Published(long id, long version, PathDraft draft) {
	}

	/** A citation resolved: the work, the quotation of it (for a work the archive quotes), the locator. */
	public record Cited(Source source, Quotation quotation, String locator) {
	}

	/** Resolves a draft's citation into the archive's works and quotations (the curation's own rules). */
	public interface Cites {

		Cited cite(PathDraft.CitationDraft citation);

	}

	/** Every path, in the order of the list of paths. */
	@Transactional(readOnly = true)
	public List<Published> all() {
		return paths.findAllByOrderByPosition().stream().map(PathRecords::draft).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Published> published(String slug) {
		return paths.findBySlug(slug).map(PathRecords::draft);
	}

	@Transactional(readOnly = true)
	public Optional<Published> published(long id) {
		return paths.findById(id).map(PathRecords::draft);
	}

	/**
	 * The path with this id, read anew and locked until the transaction ends: a curator's change
	 * to it checks the version it was made from against this, so that of two changes made from the
	 * same version and published at once, the second waits for the first and is then refused as made
	 * from an older version, never written over it.
	 */
	@Transactional
	public Optional<Published> lockedForChange(long id) {
		ReadingPath path = entityManager.find(ReadingPath.class, id);
		if (path == null) {
			return Optional.empty();
		}
		entityManager.refresh(path, LockModeType.PESSIMISTIC_WRITE);
		return Optional.of(draft(path));
	}

	private static Published draft(ReadingPath path) {
		List<PathDraft.StepDraft> steps = new ArrayList<>();
		for (ReadingPathStep step : path.getSteps()) {
			steps.add(new PathDraft.StepDraft(step.getStepKey(), PathTargets.address(step),
					step.getSectionNo() == null ? null : step.getSectionNo().toString(), step.getText(),
					step.getTextEs(), citations(step)));
		}
		return new Published(path.getId(), path.getVersion(), new PathDraft(path.getSlug(), path.getTitle(),
				path.getTitleEs(), path.getIntroduction(), path.getIntroductionEs(), steps));
	}

	private static List<PathDraft.CitationDraft> citations(ReadingPathStep step) {
		return step.getCitations()
			.stream()
			.map(c -> new PathDraft.CitationDraft(c.getSource().getSlug(), c.getLocator(),
					c.getQuotation() == null ? null : c.getQuotation().getText()))
			.toList();
	}

	/**
	 * Writes a draft: into the path with this id, or, with none, a new path at {@code newSlug}, last
	 * in the list. Raises the path's version and dates its change now (its page's {@code
	 * Last-Modified}); written through JPA, so that the commit has the kept pages that show paths
	 * forgotten ({@code web.PageCaching}). A target that names nothing published is refused
	 * ({@link IllegalArgumentException}) and nothing is kept of the transaction.
	 *
	 * @return the path's id
	 */
	@Transactional
	public long write(PathDraft draft, Long pathId, String newSlug, Cites cites) {
		ReadingPath path;
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (pathId == null) {
			Integer last = entityManager.createQuery("select max(p.position) from ReadingPath p", Integer.class)
				.getSingleResult();
			path = new ReadingPath(newSlug, last == null ? 1 : last + 1, now);
			path.describe(draft.title(), draft.titleEs(), draft.introduction(), draft.introductionEs());
			// Written at once (the database gives the id), so described first.
			entityManager.persist(path);
		}
		else {
			path = paths.findById(pathId).orElseThrow(() -> new IllegalArgumentException("no path " + pathId));
			path.describe(draft.title(), draft.titleEs(), draft.introduction(), draft.introductionEs());
		}
		Map<String, ReadingPathStep> published = new HashMap<>();
		path.getSteps().forEach(step -> published.put(step.getStepKey(), step));
		List<ReadingPathStep> kept = new ArrayList<>();
		int position = 0;
		for (PathDraft.StepDraft wanted : draft.steps()) {
			position++;
			ReadingPathStep step = wanted.key() == null ? null : published.remove(wanted.key());
			boolean fresh = step == null;
			if (fresh) {
				step = new ReadingPathStep(path, newKey(path));
			}
			PathTargets.Target target = targets.resolve(wanted.target())
				.orElseThrow(() -> new IllegalArgumentException("no target at " + wanted.target()));
			step.revise(position, target.entry(), target.statement(), target.source(),
					wanted.section() == null ? null : Integer.valueOf(wanted.section()), wanted.text(), wanted.textEs());
			if (fresh) {
				entityManager.persist(step);
			}
			if (!citations(step).equals(wanted.citations())) {
				removeCitations(step);
				int at = 0;
				for (PathDraft.CitationDraft citation : wanted.citations()) {
					Cited cited = cites.cite(citation);
					ReadingPathCitation made = new ReadingPathCitation(step, cited.source(), cited.quotation(),
							cited.locator(), ++at);
					entityManager.persist(made);
					step.getCitations().add(made);
				}
			}
			kept.add(step);
		}
		for (ReadingPathStep gone : published.values()) {
			removeCitations(gone);
			entityManager.remove(gone);
		}
		path.getSteps().clear();
		path.getSteps().addAll(kept);
		path.changed(now);
		entityManager.flush();
		return path.getId();
	}

	private void removeCitations(ReadingPathStep step) {
		step.getCitations().forEach(entityManager::remove);
		step.getCitations().clear();
	}

	/** A new step's key: unique over every path, and short enough for its column (120). */
	private static String newKey(ReadingPath path) {
		String slug = path.getSlug().length() > 60 ? path.getSlug().substring(0, 60) : path.getSlug();
		return slug + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
