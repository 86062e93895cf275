package org.mirarchive.readingpath;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.entry.Entry;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.entry.Statement;
import org.mirarchive.work.Source;
import org.mirarchive.work.SourceRepository;
import org.mirarchive.work.SourceSection;

/**
 * What an archive address a step leads to names: a published entry ({@code /people/miguel-enriquez}),
 * one statement of it ({@code /organizations/mir#statement-mir-founded}, its anchor on the entry's
 * page) or a work the archive cites ({@code /sources/…}). A withdrawn entry names nothing.
 */
@Component
@Transactional(readOnly = true)
public class PathTargets {

	private static final Pattern ADDRESS = Pattern.compile("/([a-z]+)/([a-z0-9]+(?:-[a-z0-9]+)*)/?(?:#(.+))?");

	private final EntryRepository entries;

	private final SourceRepository sources;

	PathTargets(EntryRepository entries, SourceRepository sources) {
		this.entries = entries;
		this.sources = sources;
	}

	/** What an address names: exactly one of an entry, a statement and a work. */
	public record Target(Entry entry, Statement statement, Source source) {
	}

	/**
	 * What an address names, as a path's rules need it.
	 *
	 * @param work whether it is a work the archive cites
	 * @param sections the work's sections' numbers (none for an entry or a statement)
	 */
	public record Found(boolean work, Set<Integer> sections) {
	}

	/** What is at an address, or empty where nothing published is. */
	public Optional<Found> find(String address) {
		return resolve(address).map(target -> new Found(target.source() != null, target.source() == null ? Set.of()
				: target.source().getSections().stream().map(SourceSection::getSectionNo).collect(Collectors.toSet())));
	}

	/** The target at an address, or empty where the address names nothing published. */
	public Optional<Target> resolve(String address) {
		if (address == null) {
			return Optional.empty();
		}
		Matcher parts = ADDRESS.matcher(address.strip().replaceFirst("^https?://[^/]+", ""));
		if (!parts.matches()) {
			return Optional.empty();
		}
		String fragment = parts.group(3);
		if ("sources".equals(parts.group(1))) {
			return fragment != null ? Optional.empty()
					: sources.findBySlug(parts.group(2)).map(source -> new Target(null, null, source));
		}
		Optional<Entry> entry = EntryKind.fromPath(parts.group(1))
			.flatMap(kind -> entries.findByKindAndSlug(kind, parts.group(2)))
			.filter(found -> !found.isWithdrawn());
		if (fragment == null) {
			return entry.map(found -> new Target(found, null, null));
		}
		return entry.flatMap(found -> found.getStatements().stream().filter(s -> s.anchor().equals(fragment)).findFirst())
			.map(statement -> new Target(null, statement, null));
	}

	/** A step's target as an address, as a curator gives it. */
	static String address(ReadingPathStep step) {
		if (step.getStatement() != null) {
			return step.getStatement().getEntry().url() + "#" + step.getStatement().anchor();
		}
		return step.getEntry() != null ? step.getEntry().url() : step.getSource().url();
	}

}
