package org.mirarchive.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Which ids a numbered block holds, and which numbers in an address name a block. */
class IdBlockTest {

	@Test
	void blocksFollowOneAnotherWithoutGapOrOverlap() {
		IdBlock first = IdBlock.parse("1", 10_000).orElseThrow();
		assertThat(first.firstId()).isEqualTo(1);
		assertThat(first.lastId()).isEqualTo(10_000);
		IdBlock third = IdBlock.parse("3", 10_000).orElseThrow();
		assertThat(third.firstId()).isEqualTo(20_001);
		assertThat(third.lastId()).isEqualTo(30_000);
		assertThat(new IdBlock(4, 10_000).firstId()).isEqualTo(third.lastId() + 1);
	}

	@Test
	void theLastNumberAnAddressCanNameStillGivesIdsALongHolds() {
		IdBlock last = IdBlock.parse("999999999", 50_000).orElseThrow();
		assertThat(last.lastId()).isEqualTo(49_999_999_950_000L);
		assertThat(last.firstId()).isEqualTo(last.lastId() - 49_999);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "01", "abc", "", " 1", "1e3", "1.0", "9999999999", "99999999999999999999" })
	void whatIsNotABlockNumberNamesNoBlock(String number) {
		assertThat(IdBlock.parse(number, 10_000)).isEmpty();
	}

	@Test
	void noNumberNamesNoBlock() {
		assertThat(IdBlock.parse(null, 10_000)).isEmpty();
	}

	@Test
	void blocksAreCountedFromOneAndHoldIds() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IdBlock(0, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new IdBlock(1, 0));
	}

}
