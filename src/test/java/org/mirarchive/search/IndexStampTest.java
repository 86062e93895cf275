package org.mirarchive.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule that lets a start skip rebuilding the index on disk: only a stamp that was there, is
 * taken (read and deleted) and whose fingerprint is the one seen now.
 */
class IndexStampTest {

	private static final Instant MORNING = Instant.parse("2026-12-07T09:00:00Z");

	@TempDir
	Path folder;

	@Test
	void aStampWrittenIsTakenOnceAndLeavesNone() throws Exception {
		IndexStamp.write(folder, fingerprint().text());

		assertThat(IndexStamp.take(folder)).contains(fingerprint().text());
		assertThat(folder.resolve(IndexStamp.FILE)).doesNotExist();
		assertThat(IndexStamp.take(folder)).isEmpty();
	}

	@Test
	void theSameFingerprintIsInStep() throws Exception {
		IndexStamp.write(folder, fingerprint().text());

		assertThat(IndexStamp.inStep(IndexStamp.take(folder), fingerprint().text())).isTrue();
	}

	@Test
	void noStampIsNeverInStep() {
		assertThat(IndexStamp.inStep(IndexStamp.take(folder), fingerprint().text())).isFalse();
	}

	@Test
	void aStampThatCannotBeReadIsNotInStepAndIsDeleted() throws Exception {
		Files.writeString(folder.resolve(IndexStamp.FILE), "half a stamp");

		assertThat(IndexStamp.take(folder)).isEmpty();
		assertThat(folder.resolve(IndexStamp.FILE)).doesNotExist();
	}

	@Test
	void everyPartOfTheFingerprintCounts() {
		String stamped = fingerprint().text();

		assertThat(fingerprint().type("Entry", 1001, MORNING).text()).as("a row added").isNotEqualTo(stamped);
		assertThat(fingerprint().type("Entry", 1000, MORNING.plusSeconds(1)).text()).as("a row changed")
			.isNotEqualTo(stamped);
		assertThat(fingerprint().type("Source", 20, null).text()).as("a type no longer dated").isNotEqualTo(stamped);
		assertThat(fingerprint().migrations(45, 45, 123L).text()).as("a migration").isNotEqualTo(stamped);
		assertThat(fingerprint().migrations(44, 44, 124L).text()).as("a migration's checksum")
			.isNotEqualTo(stamped);
		assertThat(fingerprint().code("another").text()).as("the code").isNotEqualTo(stamped);
		assertThat(IndexStamp.inStep(Optional.of(stamped), fingerprint().text())).isTrue();
	}

	@Test
	void theCodesDigestFollowsEveryClassFileButNotTheOrderTheyWereFound() {
		String digest = IndexStamp.digest(Map.of("a/Entry.class", new byte[] { 1, 2 }, "a/Name.class", new byte[] { 3 }));

		assertThat(IndexStamp.digest(Map.of("a/Name.class", new byte[] { 3 }, "a/Entry.class", new byte[] { 1, 2 })))
			.isEqualTo(digest);
		assertThat(IndexStamp.digest(Map.of("a/Entry.class", new byte[] { 1, 2 }, "a/Name.class", new byte[] { 4 })))
			.isNotEqualTo(digest);
		assertThat(IndexStamp.digest(Map.of("a/Entry.class", new byte[] { 1 }, "a/Name.class", new byte[] { 2, 3 })))
			.isNotEqualTo(digest);
		assertThat(IndexStamp.digest(Map.of("a/Entry.class", new byte[] { 1, 2 }))).isNotEqualTo(digest);
	}

	private static IndexStamp.Fingerprint fingerprint() {
		return new IndexStamp.Fingerprint().type("Entry", 1000, MORNING)
			.type("Source", 20, MORNING)
			.migrations(44, 44, 123L)
			.code("0123abcd");
	}

}
