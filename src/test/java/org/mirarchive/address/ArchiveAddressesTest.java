package org.mirarchive.address;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Where the archive's absolute addresses start: the configured public address, else the host a
 * request came to if the archive answers to it ({@code archive.hosts}), else the first of those.
 */
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
	void aRequestAtAListedHostGetsAddressesAtThatHost() {
		ArchiveAddresses addresses = new ArchiveAddresses("", "localhost", "127.0.0.1", "[::1]", "mir.example:8443");
		assertThat(at(addresses, "http", "localhost", 8080, 8080)).isEqualTo("http://localhost:8080");
		assertThat(at(addresses, "http", "LocalHost", 8080, 8080)).isEqualTo("http://localhost:8080");
		assertThat(at(addresses, "http", "127.0.0.1", 8080, 8080)).isEqualTo("http://127.0.0.1:8080");
		assertThat(at(addresses, "http", "[::1]", 8080, 8080)).isEqualTo("http://[::1]:8080");
		// Behind a proxy that passes the Host on: the port the reader used, or none.
		assertThat(at(addresses, "http", "localhost", 80, 8080)).isEqualTo("http://localhost");
		assertThat(at(addresses, "https", "mir.example", 8443, 8080)).isEqualTo("https://mir.example:8443");
	}

	@Test
	void anyOtherHostGetsTheFirstListedHostsAddresses() {
		ArchiveAddresses addresses = new ArchiveAddresses("", "localhost", "127.0.0.1");
		for (String forged : List.of("forged.example", "localhost.forged.example", "evil", "127.0.0.2", "")) {
			assertThat(at(addresses, "http", forged, 8080, 8080)).as(forged).isEqualTo("http://localhost:8080");
		}
		// A listed name at a port the archive was not reached at is forged too.
		assertThat(at(addresses, "http", "localhost", 1, 8080)).isEqualTo("http://localhost:8080");
		assertThat(at(addresses, "http", "127.0.0.1", 65535, 8080)).isEqualTo("http://localhost:8080");
		// Only two schemes exist.
		assertThat(at(addresses, "gopher", "forged.example", 8080, 8080)).isEqualTo("http://localhost:8080");

		ArchiveAddresses withPort = new ArchiveAddresses("", "mir.example:443");
		assertThat(at(withPort, "https", "forged.example", 443, 8080)).isEqualTo("https://mir.example");
		assertThat(at(withPort, "https", "mir.example", 8080, 8080)).isEqualTo("https://mir.example");
	}

	@Test
	void aConfiguredBaseUrlWinsOverAnyHost() {
		ArchiveAddresses addresses = new ArchiveAddresses("https://mir-archive.example.org", "localhost");
		assertThat(at(addresses, "http", "localhost", 8080, 8080)).isEqualTo("https://mir-archive.example.org");
		assertThat(at(addresses, "http", "forged.example", 8080, 8080)).isEqualTo("https://mir-archive.example.org");
	}

	/** The base of a request that came to the server's {@code localPort} saying it was for {@code host:port}. */
	private static String at(ArchiveAddresses addresses, String scheme, String host, int port, int localPort) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/people");
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		request.setLocalPort(localPort);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			return addresses.base();
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	@Test
	void aConfiguredBaseUrlWinsOverOneCarried() {
		ArchiveAddresses addresses = new ArchiveAddresses("https://mir-archive.example.org");
		List<String> written = new ArrayList<>();
		addresses.withBase("http://forged.example", () -> written.add(addresses.base()));

		assertThat(written).containsExactly("https://mir-archive.example.org");
	}

}
