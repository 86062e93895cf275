package org.mirarchive.work;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import org.mirarchive.model.ChangedBlock;

/** The cited works. */
public interface SourceRepository extends JpaRepository<Source, Long> {

	/**
	 * The work at an address, with its summary's translations and its record's notes with theirs:
	 * its page shows them, and reads them so in one statement.
	 */
	@Query("""
			select distinct s from Source s left join fetch s.translations
			left join fetch s.notes n left join fetch n.translations
			where s.slug = :slug""")
	Optional<Source> findBySlug(String slug);

	/**
	 * The ids of every work in the archive's order (the seed article first), ties by id, read a
	 * few hundred at a time as the stream is consumed: for the whole-archive download. Close it
	 * after use.
	 */
	@Query("select s.id from Source s order by s.position, s.id")
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
	Stream<Long> streamIdsInOrder();

	/** The ids of a list page of the works in the archive's order (the seed article first), ties by id. */
	@Query("select s.id from Source s order by s.position, s.id")
	List<Long> findIdsInOrder(Pageable pageable);

	/**
	 * The works with these ids, their summaries' translations and their notes (for the API's list)
	 * with them in the same statement: a list shows each line in the reader's language, after the
	 * transaction that read it has ended.
	 */
	@Query("""
			select distinct s from Source s left join fetch s.translations
			left join fetch s.notes n left join fetch n.translations
			where s.id in :ids""")
	List<Source> findWithTranslationsByIdIn(Collection<Long> ids);

	/** The first work in the archive's order: the seed article. */
	Optional<Source> findFirstByOrderByPositionAscIdAsc();

	/** When the work at an address last changed, read without loading it: for conditional requests. */
	@Query("select s.lastChanged from Source s where s.slug = :slug")
	Optional<OffsetDateTime> findLastChanged(String slug);

	/** The address and last change of the works whose ids lie in a block ({@code model.IdBlock}), by id. */
	@Query("""
			select new org.mirarchive.work.SourceAddress(s.slug, s.lastChanged) from Source s
			where s.id between :firstId and :lastId order by s.id""")
	List<SourceAddress> findAddresses(long firstId, long lastId);

	/** The blocks of {@code size} ids that hold works, each with when its latest work changed, by number. */
	@Query("""
			select new org.mirarchive.model.ChangedBlock(b.number, max(b.lastChanged))
			from (select (s.id - 1) / :size + 1 as number, s.lastChanged as lastChanged from Source s) b
			group by b.number order by b.number""")
	List<ChangedBlock> findChangedBlocks(long size);

	/** When any work last changed (null if there are none): the list of works is as new as that. */
	@Query("select max(s.lastChanged) from Source s")
	OffsetDateTime findLatestChange();

}
