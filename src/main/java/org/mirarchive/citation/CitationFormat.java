package org.mirarchive.citation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.KeyValue;
import org.jbibtex.StringValue;

import org.springframework.http.MediaType;

/**
 * The files in which a page's citation can be downloaded into a reference manager or a LaTeX
 * document: BibTeX, BibLaTeX, RIS and CSL-JSON, each with its file extension and media type.
 * BibTeX and BibLaTeX are two files, not one: classic BibTeX styles know no {@code date} or
 * {@code urldate} and would drop both dates, and biblatex has fields for what BibTeX can only say
 * in a note. In both, the words of a title that carry capitals are braced ({@code {MIR}}), so that
 * styles which set titles in sentence case do not lower-case names and acronyms.
 */
public enum CitationFormat {

	/**
	 * Classic BibTeX, as the standard styles (plain, alpha, apalike, natbib's) print it: a
	 * {@code @misc} with the address in {@code howpublished} (those styles know no {@code url}
	 * field; its url command needs the url or hyperref package), the year and month the page last
	 * changed, the access date in the note, and the archive as the {@code key} that labels and
	 * sorts an entry without author. UTF-8.
	 */
	BIBTEX("bib", Bib.MEDIA_TYPE) {
		@Override
		public String write(CitedPage page, LocalDate accessed) {
			BibTeXEntry entry = new BibTeXEntry(new Key("misc"), new Key(page.key()));
			entry.addField(BibTeXEntry.KEY_TITLE, braced(protectCapitals(latex(page.title()))));
			entry.addField(BibTeXEntry.KEY_HOWPUBLISHED, braced(latex(page.site()) + ", \\url{" + page.url() + "}"));
			entry.addField(BibTeXEntry.KEY_YEAR, braced(String.valueOf(page.lastChanged().getYear())));
			// The month as BibTeX's own macro (nov), which every style prints in its own words.
			entry.addField(BibTeXEntry.KEY_MONTH, new KeyValue(MONTH_MACROS.get(page.lastChanged().getMonthValue() - 1)));
			entry.addField(BibTeXEntry.KEY_NOTE, braced(accessedNote(page.language(), accessed)));
			// What author-date styles label and sort an authorless entry by (apalike: "The MIR
			// Archive, 2026", as the page's APA form says; without it, the key's first letters).
			entry.addField(BibTeXEntry.KEY_KEY, braced(latex(page.site())));
			return format(entry);
		}
	},

	/**
	 * BibLaTeX, as biber reads it: an {@code @online} entry with the full dates ({@code date} when
	 * the page last changed, {@code urldate} when it was read), the {@code url}, and the language,
	 * which biblatex needs before it sets an English title in sentence case. UTF-8.
	 */
	BIBLATEX("biblatex.bib", Bib.MEDIA_TYPE) {
		@Override
		public String write(CitedPage page, LocalDate accessed) {
			BibTeXEntry entry = new BibTeXEntry(new Key("online"), new Key(page.key()));
			entry.addField(BibTeXEntry.KEY_TITLE, braced(protectCapitals(latex(page.title()))));
			entry.addField(BibTeXEntry.KEY_ORGANIZATION, braced(latex(page.site())));
			entry.addField(new Key("date"), braced(page.lastChanged().toString()));
			entry.addField(new Key("urldate"), braced(accessed.toString()));
			entry.addField(BibTeXEntry.KEY_URL, braced(page.url()));
			entry.addField(new Key("langid"), braced("es".equals(page.language()) ? "spanish" : "english"));
			return format(entry);
		}
	},

	/**
	 * RIS, the tagged format of EndNote and most reference managers, as a web page: {@code ELEC}
	 * in the RIS specification (EndNote's), which Zotero and citation-js read as one too. Lines end
	 * in CRLF. The access date is given twice, the same day in the two places readers look for it:
	 * Zotero reads {@code Y2}; the specification keeps a web page's access date in {@code M1}
	 * (EndNote's "Access Date" field), where citation-js reads it. Zotero reads {@code M1} only
	 * when there is no {@code Y2}, so it does not record the date twice. {@code DA} is the day
	 * the page last changed (EndNote's "Last Update Date"), {@code PY} its year.
	 */
	RIS("ris", new MediaType("application", "x-research-info-systems", StandardCharsets.UTF_8)) {
		@Override
		public String write(CitedPage page, LocalDate accessed) {
			DateTimeFormatter ris = DateTimeFormatter.ofPattern("yyyy/MM/dd/");
			StringBuilder out = new StringBuilder();
			tag(out, "TY", "ELEC");
			tag(out, "TI", page.title());
			tag(out, "T2", page.site());
			tag(out, "PY", String.valueOf(page.lastChanged().getYear()));
			tag(out, "DA", page.lastChanged().format(ris));
			tag(out, "Y2", accessed.format(ris));
			tag(out, "M1", accessed.format(ris));
			tag(out, "UR", page.url());
			tag(out, "LA", page.language());
			tag(out, "ER", "");
			return out.toString();
		}

		private static void tag(StringBuilder out, String tag, String value) {
			// One line per field: a line break inside a value would start a new, unknown tag.
			out.append(tag).append("  - ").append(value.replaceAll("\\s+", " ").strip()).append("\r\n");
		}
	},

	/** CSL-JSON, the citation data of citeproc processors and Zotero: a list of one item. */
	CSL_JSON("json", new MediaType("application", "vnd.citationstyles.csl+json", StandardCharsets.UTF_8)) {
		@Override
		public String write(CitedPage page, LocalDate accessed) {
			Object item = page.csl(accessed).build().toJson(new StringJsonBuilderFactory().createJsonBuilder());
			return "[" + item + "]";
		}
	};

	/** The month macros every BibTeX style defines. */
	private static final List<String> MONTH_MACROS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
			"sep", "oct", "nov", "dec");

	/** The access date in words in the BibTeX note: in English, in US English, as the styles are. */
	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

	/** The access date in words in the BibTeX note, in Spanish: "6 de diciembre de 2026". */
	private static final DateTimeFormatter SPANISH_DATE = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy",
			Locale.forLanguageTag("es"));

	/** The BibTeX note that says when the page was read, in the language it is cited in. */
	static String accessedNote(String language, LocalDate accessed) {
		return "es".equals(language) ? "Consultado el " + accessed.format(SPANISH_DATE)
				: "Accessed " + accessed.format(US_DATE);
	}

	/** A word (letters, digits, apostrophes, hyphens) with at least one capital letter. */
	private static final Pattern CAPITALIZED_WORD = Pattern.compile("[\\p{L}\\p{N}'’-]*\\p{Lu}[\\p{L}\\p{N}'’-]*");

	private final String extension;

	private final MediaType mediaType;

	CitationFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	/** The page's citation as the text of a file in this format. */
	public abstract String write(CitedPage page, LocalDate accessed);

	public String extension() {
		return extension;
	}

	public MediaType mediaType() {
		return mediaType;
	}

	/** The file name a download is saved under: {@code mir-archive-miguel-enriquez.bib}, {@code ….biblatex.bib}. */
	public String fileName(CitedPage page) {
		return page.key() + "." + extension;
	}

	public static Optional<CitationFormat> fromExtension(String extension) {
		return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
	}

	private static StringValue braced(String value) {
		return new StringValue(value, StringValue.Style.BRACED);
	}

	private static String format(BibTeXEntry entry) {
		BibTeXDatabase database = new BibTeXDatabase();
		database.addObject(entry);
		StringWriter out = new StringWriter();
		try {
			new BibTeXFormatter().format(database, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// A text file ends with a line break: downloads put together with cat stay one entry a line.
		return out.toString().stripTrailing() + "\n";
	}

	/**
	 * Characters LaTeX reads as commands or special characters, escaped; letters beyond ASCII
	 * stay UTF-8, as biber and LaTeX's default input encoding read them.
	 */
	static String latex(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> out.append("\\textbackslash{}");
				case '~' -> out.append("\\textasciitilde{}");
				case '^' -> out.append("\\textasciicircum{}");
				case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Each word that has a capital letter, in braces ({@code {Chile's} {MIR}}): BibTeX and biblatex
	 * styles that set titles in sentence case lower-case every letter outside braces but the first.
	 */
	static String protectCapitals(String latex) {
		return CAPITALIZED_WORD.matcher(latex).replaceAll("{$0}");
	}

	/** What the two .bib files share (in a class of its own: an enum's constants cannot use its static fields). */
	private static final class Bib {

		/** The one media type there is for BibTeX and BibLaTeX alike. */
		static final MediaType MEDIA_TYPE = new MediaType("application", "x-bibtex", StandardCharsets.UTF_8);

	}

}
