package org.mirarchive.entry;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The addresses of the kinds of entry: every kind is reachable, under its own path. */
class EntryKindTest {

	@Test
	void theMappingsPatternNamesEveryKindsPath() {
		assertThat(EntryKind.PATHS.split("\\|"))
			.containsExactlyInAnyOrder(Arrays.stream(EntryKind.values()).map(EntryKind::path).toArray(String[]::new));
	}

	@Test
	void aWorkHasItsOwnAddressAndIsFoundByIt() {
		assertThat(EntryKind.WORK.url("mir-mission-statement")).isEqualTo("/works/mir-mission-statement");
		assertThat(EntryKind.fromPath("works")).contains(EntryKind.WORK);
	}

	@Test
	void anEntrysSlugIsReadBackFromItsAddressOnlyUnderItsKindsPath() {
		assertThat(EntryKind.PLACE.slugOf(EntryKind.PLACE.url("santiago"))).isEqualTo("santiago");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> EntryKind.PLACE.slugOf("/people/santiago"));
	}

}
