package org.mirarchive.address;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The archive's absolute addresses, for everything that leaves the site with a URL in it:
 * canonical links, citations, JSON-LD, the API, the sitemap. The base is {@code archive.base-url}
 * where it is set (the public address behind a proxy), else the scheme and host the request came to.
 */
@Component
public class ArchiveAddresses {

	private final String configured;

	/** The base of a request whose work goes on after it, away from it ({@link #withBase}). */
	private final ThreadLocal<String> carried = new ThreadLocal<>();

	public ArchiveAddresses(@Value("${archive.base-url:}") String configured) {
		this.configured = configured.strip().replaceAll("/+$", "");
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
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
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

}
