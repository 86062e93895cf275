package org.mirarchive.harvest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records' OAI identifiers: {@code oai:<repository>:<set>/<slug>}, the repository being the
 * configured repository identifier or the archive's host name, and the rest the record's path.
 *
 * @param repository the namespace part: {@code mir.example.org}
 */
record RecordIdentifiers(String repository) {

	private static final Pattern LOCAL = Pattern.compile("([a-z]+)/([a-z0-9]+(?:-[a-z0-9]+)*)");

	/** A record's place: its set and its slug. */
	record Address(HarvestSet set, String slug) {
	}

	String of(HarvestSet set, String slug) {
		return "oai:" + repository + ":" + set.spec() + "/" + slug;
	}

	/** The record an identifier names, if it is one of this repository's and well formed. */
	Optional<Address> parse(String identifier) {
		String prefix = "oai:" + repository + ":";
		if (identifier == null || !identifier.startsWith(prefix)) {
			return Optional.empty();
		}
		Matcher local = LOCAL.matcher(identifier.substring(prefix.length()));
		if (!local.matches()) {
			return Optional.empty();
		}
		return HarvestSet.fromSpec(local.group(1)).map(set -> new Address(set, local.group(2)));
	}

}
