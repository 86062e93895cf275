package org.mirarchive.instances;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What one instance writes in a {@code NOTIFY}, and what the others read of it. */
class ChangeNoticeTest {

	@Test
	void aNoticeNamesTheInstanceAndTheEntitiesByTypeAndId() {
		ChangeNotice notice = ChangeNotice.of("a1b2", Map.of("Entry", Set.of(12L, 40L), "Statement", Set.of(301L)));

		assertThat(notice.payload()).isEqualTo("a1b2 Entry:12,40 Statement:301");
		ChangeNotice read = ChangeNotice.parse(notice.payload());
		assertThat(read.instance()).isEqualTo("a1b2");
		assertThat(read.everything()).isFalse();
		assertThat(read.changed()).isEqualTo(Map.of("Entry", Set.of("12", "40"), "Statement", Set.of("301")));
	}

	@Test
	void tooManyChangesForPostgresqlsLimitSayEverything() {
		Set<Long> ids = LongStream.range(1_000_000, 1_002_000).boxed().collect(Collectors.toSet());

		String payload = ChangeNotice.of("a1b2", Map.of("Statement", ids)).payload();

		assertThat(payload).isEqualTo("a1b2 *");
		assertThat(ChangeNotice.parse(payload).everything()).isTrue();
		assertThat(ChangeNotice.parse(payload).instance()).isEqualTo("a1b2");
	}

	@Test
	void aNoticeJustUnderTheLimitIsKeptWhole() {
		// "a1b2 Statement:" and ids of 7 digits and a comma each: 15 + 8n - 1 bytes.
		long fitting = (ChangeNotice.MOST_BYTES - 14) / 8;
		Set<Long> ids = LongStream.range(1_000_000, 1_000_000 + fitting).boxed().collect(Collectors.toSet());

		String payload = ChangeNotice.of("a1b2", Map.of("Statement", ids)).payload();

		assertThat(payload.length()).isLessThanOrEqualTo(ChangeNotice.MOST_BYTES);
		assertThat(ChangeNotice.parse(payload).changed().get("Statement")).hasSize((int) fitting);
	}

	@Test
	void anIdThatCannotBeWrittenSaysEverything() {
		assertThat(ChangeNotice.of("a1b2", Map.of("Entry", Set.of("two words"))).payload()).isEqualTo("a1b2 *");
	}

	@Test
	void aPayloadThatCannotBeReadSaysEverything() {
		assertThat(ChangeNotice.parse("").everything()).isTrue();
		assertThat(ChangeNotice.parse("a1b2 Entry").everything()).isTrue();
		assertThat(ChangeNotice.parse("a1b2 Entry:1,,2").everything()).isTrue();
		assertThat(ChangeNotice.parse("a1b2 9Entry:1").everything()).isTrue();
	}

}
