package org.mirarchive.curation;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Why the archive is being changed, held for the thread that changes it: the summary a curator
 * gave and the change set being published, which the revision the change makes records
 * ({@code org.mirarchive.history}). The work given to {@link #during} must commit inside it: a
 * revision is written when its transaction commits, and reads the note then.
 */
public final class RevisionNote {

	/**
	 * What a revision says about itself.
	 *
	 * @param author who wrote the change (a change set's author, when a reviewer publishes it), or
	 * null for the curator logged in
	 * @param summary why the change was made, in the curator's words (at most 500 characters)
	 * @param changeSetId the change set published by it, or null for a change made without one
	 */
	public record Note(String author, String summary, Long changeSetId) {
	}

	/** The longest summary a revision keeps (its column's width). */
	public static final int MAX_SUMMARY = 500;

	private static final ThreadLocal<Note> CURRENT = new ThreadLocal<>();

	private RevisionNote() {
	}

	/**
	 * Does some work with a note on this thread, and takes the note off again after it, whatever
	 * happens (a note given around it is back after): the revisions committed meanwhile carry it.
	 */
	public static <T> T during(String summary, Long changeSetId, Supplier<T> work) {
		return during(null, summary, changeSetId, work);
	}

	/** The same, naming the change's author where that is not the curator logged in. */
	public static <T> T during(String author, String summary, Long changeSetId, Supplier<T> work) {
		Objects.requireNonNull(work, "work");
		if (summary != null && summary.length() > MAX_SUMMARY) {
			throw new IllegalArgumentException("A revision's summary has at most " + MAX_SUMMARY + " characters");
		}
		Note outer = CURRENT.get();
		CURRENT.set(new Note(author, summary, changeSetId));
		try {
			return work.get();
		}
		finally {
			if (outer == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(outer);
			}
		}
	}

	/** The note of the work this thread is doing, if it was given one. */
	public static Optional<Note> current() {
		return Optional.ofNullable(CURRENT.get());
	}

}
