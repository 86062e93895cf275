package org.mirarchive.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.source.Source;
import org.mirarchive.source.SourceRepository;

/**
 * {@code /sitemap.xml} (the sitemaps.org protocol) lists every page search engines should know:
 * the home page, the indexes, the timeline, every entry and every source, each with the time it
 * last changed; {@code /robots.txt} points crawlers to it.
 */
@Controller
class SitemapController {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final EntryRepository entries;

	private final SourceRepository sources;

	private final ArchiveAddresses addresses;

	SitemapController(EntryRepository entries, SourceRepository sources, ArchiveAddresses addresses) {
		this.entries = entries;
		this.sources = sources;
		this.addresses = addresses;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		return ResponseEntity.ok("User-agent: *\nAllow: /\n\nSitemap: " + addresses.absolute("/sitemap.xml") + "\n");
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() throws XMLStreamException {
		List<Entry> all = entries.findAll();
		List<Source> works = sources.findAllByOrderByPosition();
		// Each page with when it last changed; an index changes when any of its entries does.
		Map<String, OffsetDateTime> pages = new LinkedHashMap<>();
		List<OffsetDateTime> everything = new ArrayList<>();
		all.forEach(e -> everything.add(e.getLastChanged()));
		works.forEach(s -> everything.add(s.getLastChanged()));
		pages.put("/", latest(everything));
		for (EntryKind kind : EntryKind.values()) {
			pages.put("/" + kind.path(),
					latest(all.stream().filter(e -> e.getKind() == kind).map(Entry::getLastChanged).toList()));
		}
		pages.put("/timeline", pages.get("/" + EntryKind.EVENT.path()));
		pages.put("/sources", latest(works.stream().map(Source::getLastChanged).toList()));
		all.stream()
			.sorted(Comparator.comparing(Entry::getKind).thenComparingInt(Entry::getPosition))
			.forEach(e -> pages.put(e.url(), e.getLastChanged()));
		works.forEach(s -> pages.put(s.url(), s.getLastChanged()));

		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		for (Map.Entry<String, OffsetDateTime> page : pages.entrySet()) {
			xml.writeStartElement("url");
			element(xml, "loc", addresses.absolute(page.getKey()));
			if (page.getValue() != null) {
				element(xml, "lastmod", page.getValue().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
			.body(out.toString());
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static OffsetDateTime latest(List<OffsetDateTime> times) {
		return times.stream().max(Comparator.naturalOrder()).orElse(null);
	}

}
