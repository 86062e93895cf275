package org.mirarchive;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.entry.EntryKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the archive's sitemaps as a search engine does: the sitemap index at {@code /sitemap.xml},
 * then every file it lists. Each is checked against the protocol (sitemaps.org) as it is read: its
 * root element and namespace, at most 50,000 entries and 50 MB, every address absolute and on this
 * site (a file's only under its own folder), every {@code lastmod} a W3C date and time; and each
 * file's {@code lastmod} in the index is the latest of the pages it lists. A sitemap's every page
 * lists itself in each language, as Google reads alternates ({@code xhtml:link rel="alternate"}):
 * {@code hreflang} {@code en} and {@code es} at its address with {@code ?lang=}, and
 * {@code x-default} at its address.
 */
public final class SitemapReader {

	public static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** The namespace of the language alternates in a sitemap. */
	public static final String XHTML = "http://www.w3.org/1999/xhtml";

	/** The protocol's limits on one file, index or sitemap: entries, and bytes uncompressed. */
	public static final int MAX_ENTRIES = 50_000;

	public static final int MAX_BYTES = 50 * 1024 * 1024;

	/**
	 * A sitemap file as the index lists it, with the pages it lists in its order: address, and
	 * {@code lastmod} or null.
	 */
	public record SitemapFile(String loc, String lastmod, List<Map.Entry<String, String>> pages) {

		/** The file's address on the site ({@code /sitemap-entries-1.xml}). */
		public String path(Browser browser) {
			return loc.substring(browser.base().length());
		}

	}

	private SitemapReader() {
	}

	/** Every file the index lists, read, in the index's order. */
	public static List<SitemapFile> read(Browser browser) {
		List<Map.Entry<String, String>> listed = parse(browser, "/sitemap.xml", "sitemapindex", "sitemap");
		List<SitemapFile> files = new ArrayList<>();
		for (Map.Entry<String, String> file : listed) {
			assertThat(file.getKey()).startsWith(browser.base() + "/");
			List<Map.Entry<String, String>> pages = parse(browser, file.getKey().substring(browser.base().length()),
					"urlset", "url");
			String folder = file.getKey().substring(0, file.getKey().lastIndexOf('/') + 1);
			assertThat(pages).as(file.getKey()).allSatisfy(page -> assertThat(page.getKey()).startsWith(folder));
			OffsetDateTime latest = pages.stream()
				.map(Map.Entry::getValue)
				.filter(lastmod -> lastmod != null)
				.map(OffsetDateTime::parse)
				.max(Comparator.naturalOrder())
				.orElseThrow();
			assertThat(OffsetDateTime.parse(file.getValue())).as(file.getKey()).isAtSameInstantAs(latest);
			files.add(new SitemapFile(file.getKey(), file.getValue(), pages));
		}
		return files;
	}

	/** Every page the files list, in their order: a page listed twice is here twice. */
	public static List<Map.Entry<String, String>> pages(List<SitemapFile> files) {
		return files.stream().flatMap(file -> file.pages().stream()).toList();
	}

	/**
	 * Every address a sitemap should list, from the database: the pages that are not entries or
	 * works (home, indexes, timeline), then every entry's and work's.
	 */
	public static List<String> everyPage(Browser browser, JdbcTemplate jdbc) {
		List<String> paths = new ArrayList<>(List.of("/"));
		Stream.of(EntryKind.values()).forEach(kind -> paths.add("/" + kind.path()));
		paths.addAll(List.of("/timeline", "/sources", "/about-the-source", "/glossary", "/paths", "/connections"));
		jdbc.query("select kind, slug from entry",
				(java.sql.ResultSet row) -> {
					paths.add(EntryKind.valueOf(row.getString("kind")).url(row.getString("slug")));
				});
		paths.addAll(jdbc.queryForList("select '/sources/' || slug from source", String.class));
		paths.addAll(jdbc.queryForList("select '/paths/' || slug from reading_path", String.class));
		return paths.stream().map(path -> browser.base() + path).toList();
	}

	/** A sitemap page's language alternates, {@code hreflang} to address, in the file's order. */
	private static List<Map.Entry<String, String>> alternates(Element url) {
		List<Map.Entry<String, String>> alternates = new ArrayList<>();
		NodeList links = url.getElementsByTagNameNS(XHTML, "link");
		for (int i = 0; i < links.getLength(); i++) {
			Element link = (Element) links.item(i);
			assertThat(link.getAttribute("rel")).isEqualTo("alternate");
			alternates.add(Map.entry(link.getAttribute("hreflang"), link.getAttribute("href")));
		}
		return alternates;
	}

	/** The entries ({@code loc} and {@code lastmod} or null) of an index or a sitemap, checked against the protocol. */
	private static List<Map.Entry<String, String>> parse(Browser browser, String path, String root, String element) {
		Browser.Answer answer = browser.get(path, "application/xml");
		assertThat(answer.status()).as(path).isEqualTo(200);
		assertThat(answer.contentType()).as(path).startsWith("application/xml");
		assertThat(answer.body().getBytes(StandardCharsets.UTF_8).length).as(path).isLessThanOrEqualTo(MAX_BYTES);
		org.w3c.dom.Document xml;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(answer.body())));
		}
		catch (Exception ex) {
			throw new AssertionError(path + " is not well-formed XML", ex);
		}
		assertThat(xml.getDocumentElement().getLocalName()).as(path).isEqualTo(root);
		assertThat(xml.getDocumentElement().getNamespaceURI()).as(path).isEqualTo(NAMESPACE);
		List<Map.Entry<String, String>> entries = new ArrayList<>();
		NodeList found = xml.getElementsByTagNameNS(NAMESPACE, element);
		assertThat(found.getLength()).as(path).isPositive().isLessThanOrEqualTo(MAX_ENTRIES);
		for (int i = 0; i < found.getLength(); i++) {
			Element entry = (Element) found.item(i);
			NodeList loc = entry.getElementsByTagNameNS(NAMESPACE, "loc");
			NodeList lastmod = entry.getElementsByTagNameNS(NAMESPACE, "lastmod");
			assertThat(loc.getLength()).as(path).isEqualTo(1);
			assertThat(lastmod.getLength()).as(path).isLessThanOrEqualTo(1);
			String address = loc.item(0).getTextContent();
			assertThat(address).as(path).startsWith(browser.base() + "/").hasSizeLessThan(2048);
			if (root.equals("urlset")) {
				assertThat(alternates(entry)).as(address)
					.containsExactly(Map.entry("en", address + "?lang=en"), Map.entry("es", address + "?lang=es"),
							Map.entry("x-default", address));
			}
			String changed = lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent();
			if (changed != null) {
				assertThat(OffsetDateTime.parse(changed)).as(address).isNotNull();
			}
			entries.add(new AbstractMap.SimpleImmutableEntry<>(address, changed));
		}
		return entries;
	}

}
