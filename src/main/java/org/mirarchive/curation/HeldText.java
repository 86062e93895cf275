package org.mirarchive.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The texts of works the archive holds privately, never served, so that a new quotation can be
 * checked word for word at save and located by section and paragraph, the way the seed numbers
 * the article's passages. Today that is the seed article alone; on a server without its file the
 * archive holds nothing, and only quotations it already has can be cited.
 *
 * <p>A quotation is verbatim when it stands within one paragraph of the text, compared as
 * {@code check-quotes} compares (../shared/tools/check-quotes): case, runs of white space, curly
 * and straight quotes and the kinds of dash do not count. Omissions (an ellipsis, a bracketed
 * insertion), which check-quotes allows, are not: a quotation is one passage as the work has it.
 */
public final class HeldText implements QuotedPassages {

	/** The seed article's slug among the archive's works. */
	public static final String ARTICLE = "chiles-mir-the-revolutionary-left-movement";

	private static final HeldText NONE = new HeldText(Map.of());

	/** A sentence's end: where a prose paragraph, unlike a heading, a title or a caption, stops. */
	private static final Pattern PROSE_END = Pattern.compile("[.!?:;)\"'\u201d\u2019]$");

	private final Map<String, List<Paragraph>> texts;

	private HeldText(Map<String, List<Paragraph>> texts) {
		this.texts = texts;
	}

	/** An archive that holds no text. */
	public static HeldText none() {
		return NONE;
	}

	/** The seed article's text, read from its file; none when the file is absent. */
	public static HeldText article(Path file) {
		if (!Files.isRegularFile(file)) {
			return NONE;
		}
		try {
			return of(ARTICLE, Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The held text at " + file + " cannot be read", ex);
		}
	}

	/** A work's text, as captured. */
	public static HeldText of(String work, String text) {
		return new HeldText(Map.of(work, paragraphs(text)));
	}

	/** Whether this server holds the work's text. */
	public boolean holds(String work) {
		return work != null && texts.containsKey(work);
	}

	/**
	 * Where in the work a quotation stands: the section and paragraph of the first paragraph that
	 * holds it verbatim; empty when the work's text is not held or does not hold the quotation.
	 */
	@Override
	public Optional<Place> locate(String work, String quotation) {
		if (!holds(work) || quotation == null) {
			return Optional.empty();
		}
		String wanted = normalise(quotation);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		return texts.get(work)
			.stream()
			.filter(paragraph -> paragraph.text().contains(wanted))
			.map(Paragraph::place)
			.findFirst();
	}

	/** Whether the work's text holds the quotation verbatim (see the class's comment). */
	public boolean contains(String work, String quotation) {
		return locate(work, quotation).isPresent();
	}

	/** As check-quotes compares: case, white space, kinds of quote and dash do not count. */
	public static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC)
			.replace('\u2019', '\'')
			.replace('\u2018', '\'')
			.replace('\u201c', '"')
			.replace('\u201d', '"')
			.replaceAll("[\u2010-\u2015\u2212]", "-")
			.replaceAll("\\s+", " ")
			.strip()
			.toLowerCase(Locale.ROOT);
	}

	/**
	 * The text's paragraphs, numbered as the seed numbers them (V2's {@code source_section} and
	 * {@code quotation} rows). Paragraphs are separated by blank lines. Section 0 is what stands
	 * above the first prose paragraph (title, subtitle, the photograph's caption and credit);
	 * section 1 starts with that paragraph (the introduction); after it, a heading (a one-line
	 * paragraph that does not end as a sentence does) starts the next section and is not itself
	 * a paragraph, and so does a run of two or more blank lines, which is where the capture lost
	 * a section's heading. Paragraphs count from 1 within each section.
	 */
	private static List<Paragraph> paragraphs(String text) {
		List<Paragraph> paragraphs = new ArrayList<>();
		int section = 0;
		int paragraph = 0;
		int blankLines = 0;
		boolean afterGap = false;
		StringBuilder block = new StringBuilder();
		List<String> lines = new ArrayList<>(text.replace("\r\n", "\n").lines().toList());
		lines.add("");
		for (String line : lines) {
			if (!line.isBlank()) {
				if (block.isEmpty()) {
					afterGap = blankLines >= 2;
				}
				else {
					block.append('\n');
				}
				block.append(line.strip());
				blankLines = 0;
				continue;
			}
			blankLines++;
			if (block.isEmpty()) {
				continue;
			}
			String content = block.toString();
			block.setLength(0);
			boolean prose = PROSE_END.matcher(content).find();
			boolean heading = !prose && !content.contains("\n");
			if (section == 0 && prose) {
				section = 1;
				paragraph = 0;
			}
			else if (section > 0 && (heading || afterGap)) {
				section++;
				paragraph = 0;
				if (heading) {
					continue;
				}
			}
			paragraph++;
			paragraphs.add(new Paragraph(new Place(section, paragraph), normalise(content)));
		}
		return List.copyOf(paragraphs);
	}

	/** A paragraph of a held text, where it stands (section 0 is what stands above the introduction), and its text as compared. */
	private record Paragraph(Place place, String text) {
	}

}
