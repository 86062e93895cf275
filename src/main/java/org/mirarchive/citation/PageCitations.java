package org.mirarchive.citation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.model.DateText;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.HistoricalDate;

/**
 * Cites one of the archive's own pages (an entry or a source page) in the Chicago Manual of Style
 * (notes and bibliography, with access dates), MLA 9 and APA 7, rendered by citeproc-java from
 * the official CSL style definitions, in the reader's language: under Spanish with the terms and
 * dates of the official Spanish CSL locale ({@link CitationStyles#locale}) and the archive's Spanish
 * name. Each citation carries the day the page last changed and the day it was read (today, on
 * the server's clock).
 *
 * <p>Decisions per style, for a page that has no personal author (docs/citing.md explains them
 * to teachers): Chicago and MLA name no author and give the archive as the website; APA names
 * the archive as group author and, as APA 7 does when author and site are the same, no site.
 * The MLA and APA definitions print the access date only for undated works; both guides allow it
 * beside a date for pages that change, so it is taken from the style's own rendering of the
 * undated page and set where that style puts it (MLA after the URL; APA as "Retrieved …, from"
 * before it).
 */
@Component
public class PageCitations {

	static final String CHICAGO = "chicago-notes-bibliography-access-dates";

	static final String MLA = "modern-language-association";

	static final String APA = "apa";

	/**
	 * A page cited in each style, with the day it last changed and the day it was accessed in
	 * the reader's words, and the files to download.
	 */
	public record PageCitation(CitedPage page, LocalDate accessed, Forms forms, DateText lastChangedWords,
			DateText accessedWords) {

		/** The download links, in the order they are offered. */
		public List<Download> downloads() {
			return List.of(CitationFormat.values()).stream().map(f -> new Download(f, page.exportPath(f))).toList();
		}

	}

	/** A page's citation in each style, as HTML (titles in {@code i}), with the in-text forms of MLA and APA. */
	public record Forms(String chicagoNote, String chicagoBibliography, String mla, String mlaInText, String apa,
			String apaInText) {
	}

	/** A citation file offered for download: its format and its path. */
	public record Download(CitationFormat format, String path) {
	}

	private final CitationStyles styles;

	private final ArchiveAddresses addresses;

	private final Clock clock;

	private final MessageSource messages;

	private final DateWords dateWords;

	/**
	 * The forms rendered for a page on a day in a language: rendering takes milliseconds a style,
	 * and a page's citation changes only with its record, the access date and the language.
	 * Bounded, least recently used out.
	 */
	private final Cache<Rendering, Forms> rendered = Caffeine.newBuilder().maximumSize(5_000).build();

	/** What a citation's rendered forms depend on: the page (its site's name and language too), day and CSL locale. */
	private record Rendering(CitedPage page, LocalDate accessed, String locale) {
	}

	PageCitations(CitationStyles styles, ArchiveAddresses addresses, Clock clock, MessageSource messages,
			DateWords dateWords) {
		this.styles = styles;
		this.dateWords = dateWords;
		this.addresses = addresses;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * One of the archive's pages (an entry's, or a source's: not the work itself) as a work to
	 * cite, in English: as the downloads give it.
	 */
	public CitedPage page(PageTopic topic) {
		return page(topic, Locale.ENGLISH);
	}

	/**
	 * One of the archive's pages as a work to cite in a reader's language: titled as the page
	 * shows it in that language, on the archive's site by its name in that language ("Archivo del
	 * MIR"), at its permanent address (which carries no language).
	 */
	public CitedPage page(PageTopic topic, Locale locale) {
		// The day editors record a change on is the UTC day, whatever the server's zone.
		LocalDate day = topic.getLastChanged().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
		Locale language = language(locale);
		return new CitedPage(topic.pageTitle(language), topic.url(), addresses.absolute(topic.url()),
				messages.getMessage("site.name", null, language), day, language.getLanguage());
	}

	/** The language a page is cited in: Spanish for a Spanish reader, else English. */
	private static Locale language(Locale locale) {
		return "es".equals(locale.getLanguage()) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
	}

	/** Today, the day a reader accesses the page. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * When today began on the archive's clock: a page that cites itself with today's access
	 * date has changed since then, whatever its record says (for {@code Last-Modified}).
	 */
	public OffsetDateTime accessDayStarted() {
		return today().atStartOfDay(clock.getZone()).toOffsetDateTime();
	}

	/**
	 * The page cited in every style, accessed today, in the reader's language (give it the page
	 * in that language, {@link #page(PageTopic, Locale)}); dates in words in the reader's language.
	 */
	public PageCitation cite(CitedPage page, Locale locale) {
		return cite(page, today(), locale);
	}

	PageCitation cite(CitedPage page, LocalDate accessed, Locale locale) {
		Rendering rendering = new Rendering(page, accessed, CitationStyles.locale(language(locale)));
		return new PageCitation(page, accessed, rendered.get(rendering, this::render),
				words(page.lastChanged(), locale), words(accessed, locale));
	}

	private Forms render(Rendering rendering) {
		CitedPage page = rendering.page();
		LocalDate accessed = rendering.accessed();
		String locale = rendering.locale();
		CitationStyles.Rendered chicago = styles.render(CHICAGO, locale, page.csl(accessed).build());

		CSLItemDataBuilder mla = page.csl(accessed);
		CitationStyles.Rendered mlaDated = styles.render(MLA, locale, mla.build());
		String mlaUndated = styles.render(MLA, locale, mla.issued(null).build()).reference();
		// MLA ends the entry with the access date: "…, URL. Accessed 1 Dec. 2026."
		String accessedPhrase = mlaUndated.substring(mlaUndated.indexOf(page.url()) + page.url().length())
			.replaceFirst("^\\.\\s*", "");
		String mlaEntry = mlaDated.reference() + " " + accessedPhrase;

		CSLItemDataBuilder apa = page.csl(accessed)
			.containerTitle(null)
			.author(new CSLNameBuilder().literal(page.site()).build());
		CitationStyles.Rendered apaDated = styles.render(APA, locale, apa.build());
		String apaUndated = styles.render(APA, locale, apa.issued(null).build()).reference();
		// APA sets "Retrieved December 1, 2026, from" just before the URL, after the title's full stop.
		int url = apaUndated.lastIndexOf(page.url());
		String retrieved = apaUndated.substring(apaUndated.lastIndexOf(". ", url) + 2, url);
		String apaEntry = apaDated.reference().replace(page.url(), retrieved + page.url());

		return new Forms(chicago.note(), chicago.bibliography(), mlaEntry, mlaDated.note(), apaEntry, apaDated.note());
	}

	private DateText words(LocalDate day, Locale locale) {
		return dateWords.text(HistoricalDate.parse(day.toString()), locale);
	}

}
