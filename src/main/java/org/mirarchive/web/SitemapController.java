package org.mirarchive.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.address.SitemapPages;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.KindChange;
import org.mirarchive.model.ChangedBlock;
import org.mirarchive.model.IdBlock;
import org.mirarchive.model.Release;
import org.mirarchive.work.SourceRepository;

/**
 * The sitemaps (sitemaps.org protocol) that tell search engines every page and when it last
 * changed. {@code /sitemap.xml} is a sitemap index of numbered files, each with its own
 * {@code lastmod}: {@code /sitemap-pages.xml} (the home page, the indexes, the timeline, and the
 * pages features add at addresses of their own, {@link SitemapPages}),
 * {@code /sitemap-entries-1.xml}… and {@code /sitemap-sources-1.xml}…, each listing the entries
 * or works whose ids fall in its block of {@link #URLS_PER_FILE} ids ({@link IdBlock}). So no
 * file comes near the protocol's 50,000 URLs, and each reads only its own block, by a range of
 * the primary key. Each page is listed with its address in each language ({@code xhtml:link}
 * alternates, see {@link LanguageAlternates}). A number that names no block holding anything is
 * a 404. {@code /robots.txt} points crawlers to the index.
 *
 * <p>The files sit at the root, beside the index, because a sitemap may only list addresses
 * under its own folder. They are XML whatever the request accepts, and answer conditional
 * requests like pages.
 */
@Controller
class SitemapController {

	/**
	 * The most URLs a file lists: a fifth of what the protocol allows (50,000), about 6 MB of
	 * XML with each page's language alternates, so that a file is read and written in a few tens
	 * of milliseconds.
	 */
	static final int URLS_PER_FILE = 10_000;

	/** The protocol's limit on a file's size, uncompressed: 50 MB. */
	static final int PROTOCOL_BYTES = 50 * 1024 * 1024;

	/**
	 * The most URLs a file may be set to list ({@code archive.sitemap.urls-per-file}). Each page
	 * is listed with its address in each language, so a page takes four addresses: at the longest
	 * (a 160-character slug on a base address of 200 characters) about 1.8 KB, and a file of this
	 * many about 36 MB, within the protocol's 50 MB where its limit of 50,000 URLs would not be.
	 */
	static final int MOST_URLS_PER_FILE = 20_000;

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** The namespace of the sitemaps' language alternates ({@code xhtml:link}). */
	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	/** The pages that are not an entry or a work: the home page, the indexes, the timeline. */
	private static final String PAGES = "/sitemap-pages.xml";

	private final EntryRepository entries;

	private final SourceRepository sources;

	private final ArchiveAddresses addresses;

	private final Release release;

	private final int urlsPerFile;

	private final List<SitemapPages> featurePages;

	SitemapController(EntryRepository entries, SourceRepository sources, ArchiveAddresses addresses, Release release,
			@Value("${archive.sitemap.urls-per-file:" + URLS_PER_FILE + "}") int urlsPerFile,
			List<SitemapPages> featurePages) {
		if (urlsPerFile < 1 || urlsPerFile > MOST_URLS_PER_FILE) {
			throw new IllegalArgumentException("archive.sitemap.urls-per-file must be 1 to " + MOST_URLS_PER_FILE);
		}
		this.entries = entries;
		this.sources = sources;
		this.addresses = addresses;
		this.release = release;
		this.urlsPerFile = urlsPerFile;
		this.featurePages = featurePages;
	}

	/** A page or file to list, with when it last changed (null where nothing says). */
	record Listed(String path, OffsetDateTime lastChanged) {
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		return ResponseEntity.ok("User-agent: *\nAllow: /\n\nSitemap: " + addresses.absolute("/sitemap.xml") + "\n");
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> index(WebRequest request) throws XMLStreamException {
		OffsetDateTime latest = latest(Stream.of(entries.findLatestChange(), sources.findLatestChange(),
				featuresChanged()));
		if (request.checkNotModified(release.pageChangedMillis(latest))) {
			return null;
		}
		List<Listed> files = new ArrayList<>();
		files.add(new Listed(PAGES, latest));
		files.addAll(blocks("entries", entries.findChangedBlocks(urlsPerFile)));
		files.addAll(blocks("sources", sources.findChangedBlocks(urlsPerFile)));
		return xml(write("sitemapindex", "sitemap", files));
	}

	@GetMapping(PAGES)
	ResponseEntity<String> pages(WebRequest request) throws XMLStreamException {
		Map<EntryKind, OffsetDateTime> kinds = entries.findLatestChangeOfEachKind()
			.stream()
			.collect(Collectors.toMap(KindChange::kind, KindChange::lastChanged));
		OffsetDateTime works = sources.findLatestChange();
		OffsetDateTime latest = latest(Stream.concat(kinds.values().stream(), Stream.of(works)));
		// Features' own records (the reading paths) change their pages, and which pages there are.
		OffsetDateTime withFeatures = latest(Stream.of(latest, featuresChanged()));
		if (request.checkNotModified(release.pageChangedMillis(withFeatures))) {
			return null;
		}
		// An index changes when any of its entries does; the timeline lists the events.
		List<Listed> pages = new ArrayList<>();
		pages.add(new Listed("/", latest));
		for (EntryKind kind : EntryKind.values()) {
			pages.add(new Listed("/" + kind.path(), kinds.get(kind)));
		}
		pages.add(new Listed("/timeline", kinds.get(EntryKind.EVENT)));
		pages.add(new Listed("/sources", works));
		// The notes it lists stand on entries' pages, and its record is a work's.
		pages.add(new Listed("/about-the-source", latest));
		pages.add(new Listed("/glossary", latest));
		pages.add(new Listed("/paths", withFeatures));
		// The graph shows entries of every kind, and their connections.
		pages.add(new Listed("/connections", latest));
		// Pages of features' own (each reading path): they show entries' claims, so change with anything.
		featurePages.stream()
			.flatMap(feature -> feature.sitemapPaths().stream())
			.forEach(path -> pages.add(new Listed(path, withFeatures)));
		return xml(write("urlset", "url", pages));
	}

	@GetMapping("/sitemap-entries-{number}.xml")
	ResponseEntity<String> entries(@PathVariable("number") String number, WebRequest request) throws XMLStreamException {
		IdBlock block = block(number);
		return file(entries.findAddresses(block.firstId(), block.lastId()), e -> new Listed(e.url(), e.lastChanged()),
				request);
	}

	@GetMapping("/sitemap-sources-{number}.xml")
	ResponseEntity<String> sources(@PathVariable("number") String number, WebRequest request) throws XMLStreamException {
		IdBlock block = block(number);
		return file(sources.findAddresses(block.firstId(), block.lastId()), s -> new Listed(s.url(), s.lastChanged()),
				request);
	}

	/** The block a file's number names; what is not a number names none, without asking the database. */
	private IdBlock block(String number) {
		return IdBlock.parse(number, urlsPerFile).orElseThrow(SitemapController::notFound);
	}

	/** A file of entries or works: a block that holds none (beyond the last, or emptied) is a 404. */
	private <T> ResponseEntity<String> file(List<T> rows, Function<T, Listed> listed, WebRequest request)
			throws XMLStreamException {
		if (rows.isEmpty()) {
			throw notFound();
		}
		List<Listed> urls = rows.stream().map(listed).toList();
		OffsetDateTime latest = latest(urls.stream().map(Listed::lastChanged));
		if (request.checkNotModified(release.pageChangedMillis(latest))) {
			return null;
		}
		return xml(write("urlset", "url", urls));
	}

	private static List<Listed> blocks(String list, List<ChangedBlock> blocks) {
		return blocks.stream()
			.map(block -> new Listed("/sitemap-" + list + "-" + block.number() + ".xml", block.lastChanged()))
			.toList();
	}

	/**
	 * A sitemap ({@code urlset} of {@code url}s) or sitemap index ({@code sitemapindex} of
	 * {@code sitemap}s): each with its absolute address and, where known, when it last changed. A
	 * sitemap's pages also list the page in each language ({@code xhtml:link}, as Google reads
	 * them: see {@link LanguageAlternates}).
	 */
	String write(String root, String element, List<Listed> listed) throws XMLStreamException {
		boolean pages = root.equals("urlset");
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement(root);
		xml.writeDefaultNamespace(NAMESPACE);
		if (pages) {
			xml.setPrefix("xhtml", XHTML);
			xml.writeNamespace("xhtml", XHTML);
		}
		for (Listed item : listed) {
			xml.writeStartElement(element);
			String address = addresses.absolute(item.path());
			element(xml, "loc", address);
			if (item.lastChanged() != null) {
				element(xml, "lastmod", item.lastChanged().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
			}
			if (pages) {
				for (LanguageAlternates.Alternate alternate : LanguageAlternates.of(address)) {
					xml.writeEmptyElement(XHTML, "link");
					xml.writeAttribute("rel", "alternate");
					xml.writeAttribute("hreflang", alternate.hreflang());
					xml.writeAttribute("href", alternate.href());
				}
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	/**
	 * XML whatever the request accepts (its type set here, so content negotiation cannot refuse
	 * it), kept by shared caches as pages are: its {@code Last-Modified} is already set.
	 */
	private static ResponseEntity<String> xml(String body) {
		return ResponseEntity.ok().cacheControl(HttpCaching.PAGES).contentType(XML).body(body);
	}

	/** When any feature's own records last changed, or null. */
	private OffsetDateTime featuresChanged() {
		return latest(featurePages.stream().map(SitemapPages::latestChange));
	}

	/** The latest of some times that may be unknown (null), or null if none is known. */
	private static OffsetDateTime latest(Stream<OffsetDateTime> times) {
		return times.filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
