package org.mirarchive.curation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.mirarchive.account.Account;

/** Change sets: the reviewers' queue, a curator's own, and one with its edits. */
public interface ChangeSetRepository extends JpaRepository<ChangeSet, Long> {

	/** The change sets in a state, oldest first (the queue is worked from the front), with their authors. */
	@Query("select c from ChangeSet c join fetch c.author where c.status in :statuses order by c.created, c.id")
	List<ChangeSet> findByStatusIn(List<ChangeSet.Status> statuses);

	/** A curator's own change sets, newest first. */
	@Query("select c from ChangeSet c join fetch c.author where c.author = :author order by c.created desc, c.id desc")
	List<ChangeSet> findByAuthor(Account author);

	/** A change set with its edits, author and reviewer. */
	@Query("""
			select distinct c from ChangeSet c join fetch c.author left join fetch c.reviewer
			left join fetch c.edits where c.id = :id""")
	Optional<ChangeSet> findWithEdits(long id);

	/** The open change sets that edit a published entry: its editors see them before starting another. */
	@Query("""
			select distinct c from ChangeSet c join c.edits e join fetch c.author
			where e.entryId = :entryId and c.status in ('PENDING', 'CHANGES_REQUESTED') order by c.created""")
	List<ChangeSet> findOpenEditing(long entryId);

}
