package org.mirarchive.search;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryName;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.NameKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index follows every change made through JPA, with nothing to call: a change committed in
 * a transaction is found by the next search. (On its own database, since it changes the seed.)
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:search-follows-changes;DB_CLOSE_DELAY=-1")
class SearchFollowsChangesTest {

	@Autowired
	private ArchiveSearch search;

	@Autowired
	private EntryRepository entries;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void anEntryChangedThroughJpaIsFoundByItsNewWords() {
		assertThat(found("Valparaíso")).isEmpty();

		transaction.executeWithoutResult(status -> {
			Entry santiago = entries.findByKindAndSlug(EntryKind.PLACE, "santiago").orElseThrow();
			ReflectionTestUtils.setField(santiago, "summary", santiago.getSummary() + " Not Valparaíso.");
		});

		assertThat(found("Valparaiso")).containsExactly("/places/santiago");
	}

	@Test
	void aNameAddedThroughJpaFindsItsEntryAndStopsWhenRemoved() {
		assertThat(found("Chicho")).isEmpty();

		Long id = transaction.execute(status -> {
			Entry allende = entries.findByKindAndSlug(EntryKind.PERSON, "salvador-allende").orElseThrow();
			EntryName nickname = BeanUtils.instantiateClass(EntryName.class);
			ReflectionTestUtils.setField(nickname, "nameKey", "allende-chicho-test");
			ReflectionTestUtils.setField(nickname, "entry", allende);
			ReflectionTestUtils.setField(nickname, "kind", NameKind.NICKNAME);
			ReflectionTestUtils.setField(nickname, "name", "Chicho");
			ReflectionTestUtils.setField(nickname, "position", 9);
			entityManager.persist(nickname);
			return nickname.getId();
		});

		assertThat(found("Chicho")).containsExactly("/people/salvador-allende");
		assertThat(found("chicho allende")).first().isEqualTo("/people/salvador-allende");

		transaction.executeWithoutResult(status -> entityManager.remove(entityManager.find(EntryName.class, id)));

		assertThat(found("Chicho")).isEmpty();
		assertThat(found("Salvador Allende")).first().isEqualTo("/people/salvador-allende");
	}

	private List<String> found(String typed) {
		return search.find(QueryWords.of(typed), null, null, Locale.ENGLISH).hits().stream().map(Hit::url).toList();
	}

}
