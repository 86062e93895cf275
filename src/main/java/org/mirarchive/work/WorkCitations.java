package org.mirarchive.work;

import java.util.Locale;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

import org.springframework.stereotype.Component;

import org.mirarchive.citation.CitationStyles;
import org.mirarchive.model.HistoricalDate;

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

	WorkCitations(CitationStyles styles) {
		this.styles = styles;
	}

	/**
	 * The work's bibliography entry in Chicago style (or its note, for works cited in notes only),
	 * as HTML, with the style's words and dates in the reader's language.
	 */
	public String bibliography(Source source, Locale locale) {
		return styles.render(CHICAGO, CitationStyles.locale(locale), item(source)).reference();
	}

	/** The work as CSL data. */
	static CSLItemData item(Source source) {
		CSLItemDataBuilder item = new CSLItemDataBuilder().id(source.getSlug())
			.type(type(source.getKind()))
			.title(source.getSubtitle() == null ? source.getTitle() : source.getTitle() + ": " + source.getSubtitle())
			.containerTitle(source.getContainer())
			.publisher(source.getPublisher())
			.URL(source.getUrl());
		if (source.getAuthor() != null) {
			int space = source.getAuthor().lastIndexOf(' ');
			item.author(source.hasPersonalAuthor()
					? new CSLNameBuilder().given(source.getAuthor().substring(0, space))
						.family(source.getAuthor().substring(space + 1))
						.build()
					: new CSLNameBuilder().literal(source.getAuthor()).build());
		}
		if (source.getIssued() != null) {
			HistoricalDate issued = HistoricalDate.parse(source.getIssued());
			var start = issued.start();
			item.issued(new CSLDateBuilder().dateParts(
					start.month() == 0 ? new int[] { (int) start.year() } : new int[] { (int) start.year(), start.month() })
				.build());
		}
		return item.build();
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
