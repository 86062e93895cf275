package org.mirarchive.work;

import java.util.Locale;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.mirarchive.citation.CitationStyles;
import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.DateWords;
import org.mirarchive.model.HistoricalDate;
import org.mirarchive.model.LocalText;

/**
 * A ready-made citation of a work the archive cites, rendered by citeproc-java from the
 * official CSL definition of the Chicago Manual of Style (notes and bibliography), in the
 * reader's language: under Spanish with the terms and dates of the official Spanish CSL locale,
 * as the archive's own pages are cited ({@link CitationStyles#locale}); the work's title, author
 * and publisher stay as the work gives them.
 */
@Component
public class WorkCitations {

	static final String CHICAGO = "chicago-notes-bibliography";

	private final CitationStyles styles;

	private final MessageSource messages;

	private final DateWords dateWords;

	WorkCitations(CitationStyles styles, MessageSource messages, DateWords dateWords) {
		this.styles = styles;
		this.messages = messages;
		this.dateWords = dateWords;
	}

	/**
	 * The work's bibliography entry in Chicago style (or its note, for works cited in notes only),
	 * as HTML, with the style's words and dates in the reader's language.
	 */
	public String bibliography(Source source, Locale locale) {
		return styles.render(CHICAGO, CitationStyles.locale(locale), item(source, locale)).reference();
	}

	/**
	 * The work as CSL data in a reader's language: the title as published; the archive's own words
	 * (a corporate author, a site named in words, a place) in that language where translated; the
	 * place of publication, ISBN and the work's language; the access date, or where its day was not
	 * recorded, "before" the day it was read by, in the reader's words (a literal date).
	 */
	CSLItemData item(Source source, Locale locale) {
		ContentLanguage content = new ContentLanguage(locale);
		CSLItemDataBuilder item = new CSLItemDataBuilder().id(source.getSlug())
			.type(type(source.getKind()))
			.title(source.getSubtitle() == null ? source.getTitle() : source.getTitle() + ": " + source.getSubtitle())
			.containerTitle(text(content.name(source.getContainer(), source::containerIn)))
			.publisher(source.getPublisher())
			.publisherPlace(text(content.name(source.getPlace(), source::placeIn)))
			.ISBN(source.getIsbn())
			.language(source.getLanguage())
			.URL(source.getUrl());
		String author = text(content.name(source.getAuthor(), source::authorIn));
		if (author != null) {
			int space = author.lastIndexOf(' ');
			item.author(source.hasPersonalAuthor()
					? new CSLNameBuilder().given(author.substring(0, space)).family(author.substring(space + 1)).build()
					: new CSLNameBuilder().literal(author).build());
		}
		if (source.getIssued() != null) {
			item.issued(date(HistoricalDate.parse(source.getIssued())));
		}
		if (source.getAccessed() != null) {
			item.accessed(date(HistoricalDate.parse(source.getAccessed())));
		}
		else {
			source.accessedBeforeDate().ifPresent(before -> item.accessed(new CSLDateBuilder()
				.literal(messages.getMessage("source.accessed.before.cited",
						new Object[] { dateWords.words(before, locale) }, locale))
				.build()));
		}
		return item.build();
	}

	private static String text(LocalText text) {
		return text == null ? null : text.text();
	}

	private static CSLDate date(HistoricalDate date) {
		var start = date.start();
		return new CSLDateBuilder().dateParts(start.month() == 0 ? new int[] { (int) start.year() }
				: start.day() == 0 ? new int[] { (int) start.year(), start.month() }
						: new int[] { (int) start.year(), start.month(), start.day() })
			.build();
	}

	private static CSLType type(SourceKind kind) {
		return switch (kind) {
			case ARTICLE -> CSLType.ARTICLE_MAGAZINE;
			case PHOTOGRAPH -> CSLType.GRAPHIC;
			case ENCYCLOPEDIA_ARTICLE -> CSLType.ENTRY_ENCYCLOPEDIA;
			case WEB_PAGE -> CSLType.WEBPAGE;
			case BOOK -> CSLType.BOOK;
			case LAW -> CSLType.LEGISLATION;
			case REPORT -> CSLType.REPORT;
		};
	}

}
