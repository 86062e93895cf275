package org.mirarchive.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseTest {

	private static final Instant BUILT = Instant.parse("2026-12-01T10:00:00Z");

	private final Release release = new Release(BUILT);

	@Test
	void aPageWhoseDataIsOlderThanTheReleaseChangedWithTheRelease() {
		OffsetDateTime seeded = OffsetDateTime.of(2026, 11, 25, 0, 0, 0, 0, ZoneOffset.UTC);
		assertThat(release.pageChanged(seeded)).isEqualTo(BUILT);
	}

	@Test
	void aPageWhoseDataChangedSinceTheReleaseChangedWithItsNewestData() {
		OffsetDateTime seeded = OffsetDateTime.of(2026, 11, 25, 0, 0, 0, 0, ZoneOffset.UTC);
		OffsetDateTime edited = OffsetDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneOffset.ofHours(-3));
		assertThat(release.pageChanged(seeded, edited, null)).isEqualTo(Instant.parse("2026-12-01T12:30:00Z"));
		assertThat(release.pageChangedMillis(edited)).isEqualTo(Instant.parse("2026-12-01T12:30:00Z").toEpochMilli());
	}

	@Test
	void aPageWithoutDatedDataChangedWithTheRelease() {
		assertThat(release.pageChanged((OffsetDateTime) null)).isEqualTo(BUILT);
		assertThat(release.pageChanged()).isEqualTo(BUILT);
	}

}
