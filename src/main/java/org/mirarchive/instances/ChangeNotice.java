package org.mirarchive.instances;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What one instance tells the others in a {@code NOTIFY}: its own id (so that it ignores its own
 * notices) and the entities a commit changed, by JPA entity name and ids, as text:
 * {@code "<instance> Entry:12,40 Statement:301"}, or {@code "<instance> *"} when everything may have
 * changed. PostgreSQL refuses a payload of 8000 bytes or more: a notice that would be longer than
 * {@value #MOST_BYTES} bytes says "everything" instead.
 *
 * @param instance the sending instance's id (no spaces)
 * @param changed ids by entity name; ignored when {@code everything}
 * @param everything whether anything may have changed
 */
record ChangeNotice(String instance, Map<String, Set<String>> changed, boolean everything) {

	/** Under PostgreSQL's limit of 8000 bytes, with room to spare. */
	static final int MOST_BYTES = 7900;

	private static final Pattern SPACES = Pattern.compile(" +");

	private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]*");

	private static final Pattern ID = Pattern.compile("[^\\s,:]+");

	ChangeNotice {
		if (!ID.matcher(instance).matches()) {
			throw new IllegalArgumentException("An instance id is one word: " + instance);
		}
		changed = everything ? Map.of() : Map.copyOf(changed);
	}

	/** The notice of a commit's changes; ids are written as their {@code toString()}. */
	static ChangeNotice of(String instance, Map<String, ? extends Set<?>> changed) {
		Map<String, Set<String>> written = new TreeMap<>();
		changed.forEach((name, ids) -> {
			Set<String> each = new TreeSet<>();
			ids.forEach(id -> each.add(id.toString()));
			written.put(name, each);
		});
		boolean writable = written.entrySet()
			.stream()
			.allMatch(named -> NAME.matcher(named.getKey()).matches()
					&& named.getValue().stream().allMatch(id -> ID.matcher(id).matches()));
		return new ChangeNotice(instance, writable ? written : Map.of(), !writable);
	}

	/** Anything may have changed. */
	static ChangeNotice everything(String instance) {
		return new ChangeNotice(instance, Map.of(), true);
	}

	/** The {@code NOTIFY} payload: this notice, or "everything" when this one would be too long. */
	String payload() {
		if (everything) {
			return instance + " *";
		}
		StringBuilder text = new StringBuilder(instance);
		new TreeMap<>(changed).forEach((name, ids) -> text.append(' ').append(name).append(':')
			.append(String.join(",", new TreeSet<>(ids))));
		String payload = text.toString();
		return payload.getBytes(StandardCharsets.UTF_8).length <= MOST_BYTES ? payload : everything(instance).payload();
	}

	/** Reads a payload; one that cannot be read says "everything", from no known instance. */
	static ChangeNotice parse(String payload) {
		String[] words = SPACES.split(payload == null ? "" : payload.strip());
		if (words.length < 2 || !ID.matcher(words[0]).matches()) {
			return everything("unknown");
		}
		if (words.length == 2 && words[1].equals("*")) {
			return everything(words[0]);
		}
		Map<String, Set<String>> changed = new TreeMap<>();
		for (int i = 1; i < words.length; i++) {
			int colon = words[i].indexOf(':');
			String name = colon < 0 ? "" : words[i].substring(0, colon);
			if (!NAME.matcher(name).matches()) {
				return everything(words[0]);
			}
			Set<String> ids = changed.computeIfAbsent(name, any -> new TreeSet<>());
			for (String id : words[i].substring(colon + 1).split(",")) {
				if (!ID.matcher(id).matches()) {
					return everything(words[0]);
				}
				ids.add(id);
			}
		}
		return new ChangeNotice(words[0], changed, false);
	}

}
