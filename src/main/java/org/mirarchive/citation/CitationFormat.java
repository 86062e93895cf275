package org.mirarchive.citation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

import org.springframework.http.MediaType;

/**
 * The files in which a page's citation can be downloaded into a reference manager (Zotero,
 * Mendeley, EndNote, JabRef, BibDesk): BibTeX, RIS and CSL-JSON, each with its file extension
 * and media type.
 */
public enum CitationFormat {

	/** biblatex {@code @online}, UTF-8, as JabRef, BibDesk, Zotero and biber read it. */
	BIBTEX("bib", new MediaType("application", "x-bibtex", StandardCharsets.UTF_8)) {
		@Override
		public String write(ArchivePage page, LocalDate accessed) {
			BibTeXEntry entry = new BibTeXEntry(new Key("online"), new Key(page.key()));
			entry.addField(BibTeXEntry.KEY_TITLE, braced(latex(page.title())));
			entry.addField(BibTeXEntry.KEY_ORGANIZATION, braced(latex(page.site())));
			entry.addField(new Key("date"), braced(page.lastChanged().toString()));
			// year for classic BibTeX styles, which know no date field
			entry.addField(BibTeXEntry.KEY_YEAR, braced(String.valueOf(page.lastChanged().getYear())));
			entry.addField(new Key("urldate"), braced(accessed.toString()));
			entry.addField(BibTeXEntry.KEY_URL, braced(page.url()));
			entry.addField(new Key("langid"), braced("english"));
			BibTeXDatabase database = new BibTeXDatabase();
			database.addObject(entry);
			StringWriter out = new StringWriter();
			try {
				new BibTeXFormatter().format(database, out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toString();
		}
	},

	/** RIS, the tagged format EndNote and most reference managers import; lines end in CRLF. */
	RIS("ris", new MediaType("application", "x-research-info-systems", StandardCharsets.UTF_8)) {
		@Override
		public String write(ArchivePage page, LocalDate accessed) {
			DateTimeFormatter ris = DateTimeFormatter.ofPattern("yyyy/MM/dd/");
			StringBuilder out = new StringBuilder();
			tag(out, "TY", "ELEC");
			tag(out, "TI", page.title());
			tag(out, "T2", page.site());
			tag(out, "PY", String.valueOf(page.lastChanged().getYear()));
			tag(out, "DA", page.lastChanged().format(ris));
			tag(out, "Y2", accessed.format(ris));
			tag(out, "UR", page.url());
			tag(out, "LA", ArchivePage.LANGUAGE);
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
		public String write(ArchivePage page, LocalDate accessed) {
			Object item = page.csl(accessed).build().toJson(new StringJsonBuilderFactory().createJsonBuilder());
			return "[" + item + "]";
		}
	};

	private final String extension;

	private final MediaType mediaType;

	CitationFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	/** The page's citation as the text of a file in this format. */
	public abstract String write(ArchivePage page, LocalDate accessed);

	public String extension() {
		return extension;
	}

	public MediaType mediaType() {
		return mediaType;
	}

	/** The file name a download is saved under: {@code mir-archive-miguel-enriquez.bib}. */
	public String fileName(ArchivePage page) {
		return page.key() + "." + extension;
	}

	public static Optional<CitationFormat> fromExtension(String extension) {
		return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
	}

	private static StringValue braced(String value) {
		return new StringValue(value, StringValue.Style.BRACED);
	}

	/** Characters LaTeX reads as commands, escaped; letters beyond ASCII stay UTF-8, as biber reads them. */
	static String latex(String text) {
		return text.replaceAll("([&%$#_{}])", "\\\\$1");
	}

}
