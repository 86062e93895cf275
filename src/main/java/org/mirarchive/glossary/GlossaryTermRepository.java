package org.mirarchive.glossary;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/** The glossary's terms, read only: migrations write them. */
interface GlossaryTermRepository extends Repository<GlossaryTerm, Long> {

	/** Every term in the glossary's order, with its forms and the entry it names (for links). */
	@EntityGraph(attributePaths = { "forms", "entry" })
	List<GlossaryTerm> findAllByOrderByPosition();

}
