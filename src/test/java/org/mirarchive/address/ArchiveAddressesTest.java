package org.mirarchive.address;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ArchiveAddressesTest {

	@Test
	void aConfiguredBaseUrlIsThePublicAddressOfEveryPage() {
		ArchiveAddresses addresses = new ArchiveAddresses(" https://mir-archive.example.org/ ");
		assertThat(addresses.base()).isEqualTo("https://mir-archive.example.org");
		assertThat(addresses.absolute("/people/miguel-enriquez"))
			.isEqualTo("https://mir-archive.example.org/people/miguel-enriquez");
	}

	@Test
	void workCarriedAwayFromARequestWritesTheAddressesThatRequestHadAndOnlyThat() {
		ArchiveAddresses addresses = new ArchiveAddresses("");
		List<String> written = new ArrayList<>();
		addresses.withBase("http://archive.test:8080", () -> written.add(addresses.absolute("/people")));

		assertThat(written).containsExactly("http://archive.test:8080/people");
		// Outside it, with no request, there is no address to take.
		assertThatIllegalStateException().isThrownBy(addresses::base);
	}

	@Test
	void aConfiguredBaseUrlWinsOverOneCarried() {
		ArchiveAddresses addresses = new ArchiveAddresses("https://mir-archive.example.org");
		List<String> written = new ArrayList<>();
		addresses.withBase("http://forged.example", () -> written.add(addresses.base()));

		assertThat(written).containsExactly("https://mir-archive.example.org");
	}

}
