package org.mirarchive.address;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The archive's absolute addresses, for everything that leaves the site with a URL in it:
 * canonical links, citations, JSON-LD, the API, the sitemap, the download. The base is
 * {@code archive.base-url} where it is set (the public address behind a proxy). Else it is the
 * scheme and host the request came to, if the archive answers to that host ({@code archive.hosts},
 * by default the local names), and the first of those hosts otherwise: the {@code Host} header is
 * whatever the client wrote, and a forged one must not get into pages, citations or downloads (nor
 * have a download built for it).
 */
@Component
public class ArchiveAddresses {

	/** The hosts answered to where none are configured: this machine's own names. */
	public static final String LOCAL_HOSTS = "localhost,127.0.0.1,[::1]";

	private final String configured;

	private final List<Host> hosts;

	/** The base of a request whose work goes on after it, away from it ({@link #withBase}). */
	private final ThreadLocal<String> carried = new ThreadLocal<>();

	/** Addresses at a configured base, or at this machine's own names if it is empty. */
	public ArchiveAddresses(String configured) {
		this(configured, LOCAL_HOSTS.split(","));
	}

	/**
	 * @param configured the public address, or empty
	 * @param hosts the hosts the archive answers to where no public address is configured, each
	 * a name with or without a port ({@code mir.example}, {@code mir.example:8443}); the first is
	 * the one any other host is given
	 */
	@Autowired
	public ArchiveAddresses(@Value("${archive.base-url:}") String configured,
			@Value("${archive.hosts:" + LOCAL_HOSTS + "}") String... hosts) {
		this.configured = configured.strip().replaceAll("/+$", "");
		this.hosts = Arrays.stream(hosts).map(String::strip).filter(host -> !host.isEmpty()).map(Host::parse).toList();
		if (this.configured.isEmpty() && this.hosts.isEmpty()) {
			throw new IllegalArgumentException("archive.hosts names no host, and archive.base-url is not set");
		}
	}

	/** The base URL without a trailing slash: {@code https://mir.example.org}. */
	public String base() {
		if (!configured.isEmpty()) {
			return configured;
		}
		String base = carried.get();
		if (base != null) {
			return base;
		}
		return base(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
	}

	/**
	 * The base URL of what is written for a request, as {@link #base()} has it while the request is
	 * served: for a part that reads the request before Spring makes it the current one (the kept
	 * pages, which are kept under the address they are written at, not under any {@code Host}).
	 */
	public String base(HttpServletRequest request) {
		if (!configured.isEmpty()) {
			return configured;
		}
		return origin(request) + request.getContextPath();
	}

	/**
	 * The scheme, host and port of a request, if the archive answers to that host at that port;
	 * else the first host's. A name listed without a port is answered to at the port the server
	 * was reached at, or the scheme's own (behind a proxy that passes the host on).
	 */
	private String origin(HttpServletRequest request) {
		String scheme = "https".equalsIgnoreCase(request.getScheme()) ? "https" : "http";
		String name = Host.name(request.getServerName());
		int port = request.getServerPort();
		for (Host host : hosts) {
			if (host.name().equals(name)
					&& (host.port() == port || (host.port() < 0 && (port == request.getLocalPort() || port == port(scheme))))) {
				return address(scheme, host.name(), port);
			}
		}
		Host first = hosts.get(0);
		return address(scheme, first.name(), first.port() < 0 ? request.getLocalPort() : first.port());
	}

	private static String address(String scheme, String name, int port) {
		String host = name.contains(":") ? "[" + name + "]" : name;
		return scheme + "://" + host + (port == port(scheme) || port <= 0 ? "" : ":" + port);
	}

	/** The port a scheme's addresses leave out. */
	private static int port(String scheme) {
		return scheme.equals("https") ? 443 : 80;
	}

	/**
	 * Does work for a request on another thread, where there is no request to take the scheme and
	 * host from, with the base that request had: the whole-archive download is built in the
	 * background and still carries the addresses its readers asked at.
	 */
	public void withBase(String base, Runnable work) {
		carried.set(base);
		try {
			work.run();
		}
		finally {
			carried.remove();
		}
	}

	/** The absolute form of a path of this archive ({@code /people/miguel-enriquez}). */
	public String absolute(String path) {
		return base() + path;
	}

	/**
	 * A host the archive answers to: its name in lower case (an IPv6 address without its
	 * brackets), and its port, or -1 for the port the server is reached at.
	 */
	private record Host(String name, int port) {

		static Host parse(String host) {
			int colon = host.lastIndexOf(':');
			boolean port = colon > 0 && host.indexOf(':') == colon || colon > 0 && host.charAt(colon - 1) == ']';
			return port ? new Host(name(host.substring(0, colon)), Integer.parseInt(host.substring(colon + 1)))
					: new Host(name(host), -1);
		}

		/** A host name as compared: lower case, an IPv6 address without brackets. */
		static String name(String name) {
			String lower = name.toLowerCase(Locale.ROOT);
			return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
		}

	}

}
