package org.mirarchive.history;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import org.mirarchive.curation.RevisionNote;

/**
 * Fills in a new revision: the curator signed in on this thread (none for a change the archive
 * makes itself) and the note the curation gave the work ({@link RevisionNote}).
 */
public class ArchiveRevisionListener implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		ArchiveRevision revision = (ArchiveRevision) revisionEntity;
		revision.setAuthor(author());
		RevisionNote.current().ifPresent(note -> {
			if (note.author() != null) {
				revision.setAuthor(note.author());
			}
			revision.setSummary(note.summary());
			revision.setChangeSetId(note.changeSetId());
		});
	}

	private static String author() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication.getName();
	}

}
