package org.mirarchive.readingpath;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.Footnotes;
import org.mirarchive.entry.Statement;
import org.mirarchive.model.ContentLanguage;
import org.mirarchive.model.LocalText;
import org.mirarchive.work.Locators;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceSection;

/**
 * Assembles the reading paths' pages in the reader's language: the archive's texts in English or
 * in its Spanish, statements and entries as their own pages show them, footnotes numbered in
 * reading order over the whole path.
 */
@Component
public class ReadingPaths {

	private final ReadingPathRepository paths;

	private final EntryRepository entries;

	private final Locators locators;

	ReadingPaths(ReadingPathRepository paths, EntryRepository entries, Locators locators) {
		this.paths = paths;
		this.entries = entries;
		this.locators = locators;
	}

	@Transactional(readOnly = true)
	List<PathPage.Listed> list(Locale locale) {
		ContentLanguage content = new ContentLanguage(locale);
		return paths.findAllByOrderByPosition()
			.stream()
			.map(path -> new PathPage.Listed(path.url(), content.text(path.getTitle(), spanish(path.getTitleEs())),
					content.text(path.getIntroduction(), spanish(path.getIntroductionEs())), path.getSteps().size()))
			.toList();
	}

	/** A path's page in the reader's language (the curators' preview reads a draft's page here too). */
	@Transactional(readOnly = true)
	public Optional<PathPage> page(String slug, Locale locale) {
		return paths.findBySlug(slug).map(path -> assemble(path, locale));
	}

	private PathPage assemble(ReadingPath path, Locale locale) {
		ContentLanguage content = new ContentLanguage(locale);
		Footnotes footnotes = new Footnotes(locators, locale, content);
		List<PathPage.StepLine> steps = new ArrayList<>();
		int number = 0;
		for (ReadingPathStep step : path.getSteps()) {
			LocalText text = content.text(step.getText(), spanish(step.getTextEs()));
			List<Integer> refs = step.getCitations()
				.stream()
				.map(c -> footnotes.cite(c.getSource(), c.getQuotation(), c.getLocator()))
				.distinct()
				.toList();
			steps.add(new PathPage.StepLine(++number, step.anchor(), text, refs, target(step, content, footnotes)));
		}
		return new PathPage(path.getSlug(), path.url(), content.text(path.getTitle(), spanish(path.getTitleEs())),
				content.text(path.getIntroduction(), spanish(path.getIntroductionEs())), steps, footnotes.references());
	}

	private PathPage.Target target(ReadingPathStep step, ContentLanguage content, Footnotes footnotes) {
		if (step.getStatement() != null) {
			Statement statement = step.getStatement();
			Entry entry = statement.getEntry();
			return new PathPage.Target(PathPage.Kind.STATEMENT, name(entry, content),
					entry.url() + "#" + statement.anchor(), null, content.text(statement.getText(), statement::textIn),
					footnotes.cite(statement.getCitations()), List.of());
		}
		if (step.getEntry() != null) {
			Entry entry = step.getEntry();
			return new PathPage.Target(PathPage.Kind.ENTRY, name(entry, content), entry.url(), null,
					content.text(entry.getSummary(), entry::summaryIn), List.of(), List.of());
		}
		Source source = step.getSource();
		LocalText title = new LocalText(source.getTitle(), source.getLanguage(), false);
		if (step.getSectionNo() == null) {
			return new PathPage.Target(PathPage.Kind.SECTION, title, source.url(), null, null, List.of(), List.of());
		}
		String heading = source.getSections()
			.stream()
			.filter(section -> section.getSectionNo() == step.getSectionNo())
			.findFirst()
			.map(section -> heading(section, content))
			.orElse(null);
		List<PathPage.Link> named = entries.findAllById(paths.findEntriesCitingSection(source.getId(), step.getSectionNo()))
			.stream()
			.sorted(Comparator.comparingInt(Entry::getPosition).thenComparing(Entry::getId))
			.map(entry -> new PathPage.Link(name(entry, content), entry.url()))
			.toList();
		return new PathPage.Target(PathPage.Kind.SECTION, title, source.url(), heading, null, List.of(), named);
	}

	/** A section's heading: the work's own verbatim; one the archive supplied, in brackets, in the reader's language. */
	private static String heading(SourceSection section, ContentLanguage content) {
		return section.isSupplied() ? "[" + content.text(section.getHeading(), section::headingIn).text() + "]"
				: section.getHeading();
	}

	private static LocalText name(Entry entry, ContentLanguage content) {
		return content.name(entry.getName(), entry::nameIn);
	}

	/** The archive's Spanish text, for the languages a reader may ask for. */
	private static Function<String, String> spanish(String text) {
		return language -> "es".equals(language) ? text : null;
	}

}
