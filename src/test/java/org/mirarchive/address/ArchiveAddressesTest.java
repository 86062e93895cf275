package org.mirarchive.address;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveAddressesTest {

	@Test
	void aConfiguredBaseUrlIsThePublicAddressOfEveryPage() {
		ArchiveAddresses addresses = new ArchiveAddresses(" https://mir-archive.example.org/ ");
		assertThat(addresses.base()).isEqualTo("https://mir-archive.example.org");
		assertThat(addresses.absolute("/people/miguel-enriquez"))
			.isEqualTo("https://mir-archive.example.org/people/miguel-enriquez");
	}

}
