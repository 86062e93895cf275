package org.mirarchive.citation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;

/**
 * One of the archive's own pages as a work to cite: an entry page or a source page, with its
 * title, permanent path and absolute URL, the site it belongs to, the day it last changed, and the
 * language the page is cited in.
 *
 * @param title the page's title, as its heading shows it
 * @param path the permanent path: {@code /people/miguel-enriquez}
 * @param url the absolute, permanent URL
 * @param site the archive's name in the page's language, the website a citation names
 * @param lastChanged the day the record last changed (UTC, the day editors record)
 * @param language the language of the page cited ({@code en}, {@code es})
 */
public record CitedPage(String title, String path, String url, String site, LocalDate lastChanged, String language) {

	/** The language of the downloads, and of a page cited where none is named. */
	public static final String LANGUAGE = "en";

	/** A page cited in English. */
	public CitedPage(String title, String path, String url, String site, LocalDate lastChanged) {
		this(title, path, url, site, lastChanged, LANGUAGE);
	}

	/**
	 * The same page, cited at one of its anchors ({@code #statement-mir-insurgent-group}): the
	 * address a citation gives then names the sentence, and so leads the reader to it.
	 */
	public CitedPage at(String anchor) {
		return new CitedPage(title, path, url + "#" + anchor, site, lastChanged, language);
	}

	/** A stable citation key: {@code mir-archive-miguel-enriquez} (slugs are unique across the archive). */
	public String key() {
		return "mir-archive-" + path.substring(path.lastIndexOf('/') + 1);
	}

	/** The page's data in the API: {@code /api/people/miguel-enriquez}. */
	public String apiPath() {
		return "/api" + path;
	}

	/** The last-changed day as Highwire Press tags write dates: {@code 2026/11/25}. */
	public String highwireDate() {
		return lastChanged.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
	}

	/**
	 * Where the page's citation can be downloaded in a format, in the language the page is cited
	 * in: {@code /people/miguel-enriquez/cite.bib} (English), {@code …/cite.bib?lang=es} (Spanish).
	 */
	public String exportPath(CitationFormat format) {
		return path + "/cite." + format.extension() + (LANGUAGE.equals(language) ? "" : "?lang=" + language);
	}

	/**
	 * The page as CSL data: a web page titled as the page, on the archive's site, issued on the
	 * day it last changed, accessed on the given day. No author: the archive's pages are the
	 * archive's own work, and styles differ on how to say so (see {@link PageCitations}).
	 */
	public CSLItemDataBuilder csl(LocalDate accessed) {
		return new CSLItemDataBuilder().id(key())
			.type(CSLType.WEBPAGE)
			.title(title)
			.containerTitle(site)
			.issued(date(lastChanged))
			.accessed(date(accessed))
			.URL(url)
			.language(language);
	}

	private static CSLDate date(LocalDate day) {
		return new CSLDateBuilder().dateParts(day.getYear(), day.getMonthValue(), day.getDayOfMonth()).build();
	}

	/**
	 * The page as an OpenURL ContextObject in Span (COinS), in the Dublin Core format Zotero
	 * itself writes for web pages, so that its browser button saves title, site, date and URL.
	 */
	public String coins() {
		Map<String, String> kev = new LinkedHashMap<>();
		kev.put("ctx_ver", "Z39.88-2004");
		kev.put("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc");
		kev.put("rft.type", "webpage");
		kev.put("rft.title", title);
		kev.put("rft.source", site);
		kev.put("rft.date", lastChanged.toString());
		kev.put("rft.identifier", url);
		kev.put("rft.language", language);
		return kev.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
