package org.mirarchive.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.entry.EditorialNote;
import org.mirarchive.entry.EditorialNoteRepository;
import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.LocalText;
import org.mirarchive.work.Source;

/**
 * The page for students about the article the archive starts from: its record (what kind of work
 * it is), and every editorial note the archive sets beside the article's claims, by kind, each
 * with its entry and the works it names, so that a reader sees at once where other works disagree
 * with the article, add to it, or where the archive does not know.
 */
@Component
public class AboutTheSource {

	/** The seed article: the one work the archive quotes and starts from. */
	public static final String ARTICLE = "chiles-mir-the-revolutionary-left-movement";

	private final SourcePages pages;

	private final EditorialNoteRepository notes;

	AboutTheSource(SourcePages pages, EditorialNoteRepository notes) {
		this.pages = pages;
		this.notes = notes;
	}

	/**
	 * The page's content.
	 *
	 * @param article the article's page (its record and what the archive cites it for)
	 * @param notes the notes by kind, in the order DISAGREEMENT, PRECISION, LIMITATION; a kind
	 * with none is left out
	 */
	public record Page(SourcePage article, Map<EditorialNote.Kind, List<NoteLine>> notes) {
	}

	/**
	 * One editorial note as the page lists it: once, with every entry whose page carries it (the
	 * same disagreement stands beside the same claim on the MIR's page and on its founding's).
	 *
	 * @param entries the entries, in the archive's order
	 * @param text the note in the reader's language where the archive has translated it
	 * @param works the works the note rests on, once each
	 */
	public record NoteLine(List<EntryLink> entries, LocalText text, List<Source> works) {
	}

	/** An entry the page links to: its headword in the reader's language, and its page. */
	public record EntryLink(LocalText name, String url) {
	}

	@Transactional(readOnly = true)
	public Page page(Locale locale) {
		SourcePage article = pages.find(ARTICLE, locale).orElseThrow();
		ContentLanguage content = new ContentLanguage(locale);
		Map<EditorialNote.Kind, Map<String, NoteLine>> byKind = new LinkedHashMap<>();
		for (EditorialNote.Kind kind : EditorialNote.Kind.values()) {
			byKind.put(kind, new LinkedHashMap<>());
		}
		for (EditorialNote note : notes.findBesideStatements()) {
			EntryLink entry = new EntryLink(content.name(note.getEntry().getName(), note.getEntry()::nameIn),
					note.getEntry().url());
			NoteLine line = byKind.get(note.getKind()).computeIfAbsent(note.getText(),
					text -> new NoteLine(new ArrayList<>(), content.text(text, note::textIn),
							note.getCitations().stream().map(c -> c.getSource()).distinct().toList()));
			if (!line.entries().contains(entry)) {
				line.entries().add(entry);
			}
		}
		Map<EditorialNote.Kind, List<NoteLine>> lines = new LinkedHashMap<>();
		byKind.forEach((kind, notesOfKind) -> {
			if (!notesOfKind.isEmpty()) {
				lines.put(kind, List.copyOf(notesOfKind.values()));
			}
		});
		return new Page(article, lines);
	}

}
