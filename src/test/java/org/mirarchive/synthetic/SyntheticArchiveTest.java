package org.mirarchive.synthetic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import org.mirarchive.seed.SeedIntegrityTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A synthetic archive of 2,000 entries keeps every rule the seed keeps (the tests inherited from
 * {@link SeedIntegrityTest} run on it: nothing uncited, slugs unique and URL-safe, dates valid
 * with the bounds derived from them, relations between allowed kinds), has the seed's
 * proportions, says on every invented row that it is synthetic, and leaves the seed as it was.
 * It has its own database: the one the other slice tests share must stay the seed.
 */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:synthetic-integrity-test;DB_CLOSE_DELAY=-1")
class SyntheticArchiveTest extends SeedIntegrityTest {

	private static final int SIZE = 2_000;

	/** How many entries the migrations seed. */
	private static final int SEEDED = 63;

	private static final String SEED = " not like 'synthetic-%'";

	private static final String INVENTED = " like 'synthetic-%'";

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	@Override
	protected String realWorks() {
		return "s.slug" + SEED;
	}

	@Override
	protected String realEntries() {
		return "e.slug" + SEED;
	}

	@BeforeEach
	void invent() {
		new SyntheticArchive(dataSource).generate(SIZE);
	}

	@Test
	void holdsTheNumberOfEntriesAskedFor() {
		assertThat(count("select count(*) from entry")).isEqualTo(SIZE);
		assertThat(count("select count(*) from entry where slug" + SEED)).isEqualTo(SEEDED);
	}

	@Test
	void keepsTheSeedsProportions() {
		for (String kind : List.of("PERSON", "ORGANIZATION", "EVENT", "PLACE", "WORK")) {
			assertThat(share("select count(*) from entry where kind = '" + kind + "' and slug" + INVENTED, "entry"))
				.as("share of %s", kind)
				.isCloseTo(seedShare("select count(*) from entry where kind = '" + kind + "' and slug" + SEED), within(0.01));
		}
		assertThat(share("select count(*) from entry where date_edtf is not null and slug" + INVENTED, "entry"))
			.as("share of dated entries")
			.isCloseTo(seedShare("select count(*) from entry where date_edtf is not null and slug" + SEED), within(0.01));
		assertThat(perEntry("entry_name", "name_key")).as("other names per entry").isCloseTo(seedPerEntry("entry_name", "name_key"), within(0.03));
		assertThat(perEntry("statement", "statement_key")).as("statements per entry").isCloseTo(seedPerEntry("statement", "statement_key"), within(0.1));
		assertThat(perEntry("relation", "relation_key")).as("relations per entry").isCloseTo(seedPerEntry("relation", "relation_key"), within(0.05));
		// The notes beside places' coordinates are not copied (nor are the coordinates).
		assertThat(perEntry("editorial_note", "note_key")).as("notes per entry")
			.isCloseTo(count("select count(*) from editorial_note where coordinates_id is null and note_key" + SEED)
					/ (double) SEEDED, within(0.03));
		double inventedCitations = count("select count(*) from citation c join source s on s.id = c.source_id where s.slug" + INVENTED);
		double seedCitations = count("select count(*) from citation c join source s on s.id = c.source_id "
				+ "left join editorial_note n on n.id = c.note_id where c.coordinates_id is null and n.coordinates_id is null "
				+ "and s.slug" + SEED);
		assertThat(inventedCitations / (SIZE - SEEDED)).as("citations per entry").isCloseTo(seedCitations / SEEDED, within(0.15));
	}

	@Test
	void usesEveryFormOfDateTheSeedUses() {
		assertThat(dateForms(INVENTED)).isEqualTo(dateForms(SEED));
	}

	@Test
	void saysOnEveryInventedRowThatItIsSynthetic() {
		assertThat(jdbc.queryForList("select name || ' ' || summary from entry where slug" + INVENTED, String.class))
			.hasSize(SIZE - SEEDED)
			.allSatisfy(text -> assertThat(text).contains("(synthetic ").contains("Synthetic test entry, not history"));
		assertThat(jdbc.queryForList("select text from statement where statement_key" + INVENTED, String.class))
			.allSatisfy(text -> assertThat(text).startsWith("Synthetic statement").contains("not history"));
		assertThat(jdbc.queryForList("select name from entry_name where name_key" + INVENTED, String.class))
			.allSatisfy(text -> assertThat(text).startsWith("Synthetic other name"));
		assertThat(jdbc.queryForList("select text from editorial_note where note_key" + INVENTED, String.class))
			.allSatisfy(text -> assertThat(text).startsWith("Synthetic editorial note"));
		assertThat(jdbc.queryForList("select title || ' ' || summary from source where slug" + INVENTED, String.class))
			.isNotEmpty()
			.allSatisfy(text -> assertThat(text).startsWith("Synthetic work").contains("not a real publication"));
		assertThat(count("select count(*) from source where slug" + INVENTED + " and (quotable = true or url is not null)"))
			.isZero();
	}

	@Test
	void leavesTheSeedAsTheMigrationsBuiltIt() {
		// No invented claim cites a real work, and no invented relation touches a real entry.
		assertThat(count("select count(*) from citation c join source s on s.id = c.source_id where s.slug" + SEED
				+ " and (c.statement_id in (select id from statement where statement_key" + INVENTED + ")"
				+ " or c.relation_id in (select id from relation where relation_key" + INVENTED + ")"
				+ " or c.name_id in (select id from entry_name where name_key" + INVENTED + ")"
				+ " or c.date_entry_id in (select id from entry where slug" + INVENTED + "))")).isZero();
		assertThat(count("select count(*) from relation r join entry s on s.id = r.subject_id join entry o on o.id = "
				+ "r.object_id where r.relation_key" + INVENTED + " and (s.slug" + SEED + " or o.slug" + SEED + ")")).isZero();
		assertThat(count("select count(*) from citation c join source s on s.id = c.source_id where s.slug" + SEED))
			.isEqualTo(503);
	}

	@Test
	void aSecondRunAtTheSameSizeKeepsTheArchiveAndAnotherSizeReplacesIt() {
		assertThat(new SyntheticArchive(dataSource).generate(SIZE)).isZero();
		assertThat(new SyntheticArchive(dataSource).generate(500)).isEqualTo(500 - SEEDED);
		assertThat(count("select count(*) from entry")).isEqualTo(500);
		// One copy of the seed's 39 works for each block of invented entries the size of the seed.
		assertThat(count("select count(*) from source where slug" + INVENTED)).isEqualTo((500 - SEEDED + SEEDED - 1) / SEEDED * 39);
		assertThat(new SyntheticArchive(dataSource).generate(SIZE)).isEqualTo(SIZE - SEEDED);
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	/** The part of the invented rows of a table that the query counts. */
	private double share(String sql, String table) {
		return (double) count(sql) / (SIZE - SEEDED);
	}

	private double seedShare(String sql) {
		return count(sql) / (double) SEEDED;
	}

	private double perEntry(String table, String key) {
		return (double) count("select count(*) from " + table + " where " + key + INVENTED) / (SIZE - SEEDED);
	}

	private double seedPerEntry(String table, String key) {
		return count("select count(*) from " + table + " where " + key + SEED) / (double) SEEDED;
	}

	/** The shapes of the EDTF dates of entries and relations: digits as 9 ("1973-09-11/" is "9999-99-99/"). */
	private Set<String> dateForms(String rows) {
		Set<String> forms = new HashSet<>();
		jdbc.queryForList("select date_edtf from entry where date_edtf is not null and slug" + rows, String.class)
			.forEach(edtf -> forms.add(edtf.replaceAll("[0-9]", "9")));
		jdbc.queryForList("select date_edtf from relation where date_edtf is not null and relation_key" + rows, String.class)
			.forEach(edtf -> forms.add(edtf.replaceAll("[0-9]", "9")));
		return forms;
	}

}
