package org.mirarchive.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import org.mirarchive.entry.EditorialNote;
import org.mirarchive.entry.EntryKind;
import org.mirarchive.entry.NameKind;
import org.mirarchive.entry.RelationKind;
import org.mirarchive.work.SourceKind;
import org.mirarchive.work.SourceNote;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every piece of interface text comes from the message bundles, in English and in Spanish: no
 * text hard-coded in a template, no key missing in either language, no key used (in a template
 * or in Java) that no bundle holds.
 */
class InterfaceTextTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path JAVA = Path.of("src/main/java");

	/** The interface languages besides English, which the base bundles are written in. */
	private static final List<String> TRANSLATIONS = List.of("es");

	/** Thymeleaf attributes whose element's own text is placeholder text, replaced when rendered. */
	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");

	/** Attributes a reader sees or hears. */
	private static final Set<String> SPOKEN_ATTRIBUTES = Set.of("alt", "title", "aria-label", "aria-description",
			"aria-roledescription", "aria-placeholder", "placeholder", "label");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/** Inline expressions ([[...]] and [(...)]) in text are rendered, not shown as written. */
	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	/** Message expressions with a literal key: #{nav.people} or #{page.title(${title})}. */
	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)\\s*[}(]");

	/** Message expressions with a computed key: #{'kind.' + ${kind} + '.one'}. */
	private static final Pattern COMPUTED_KEY = Pattern
		.compile("#\\{'([A-Za-z0-9_.-]*)'\\s*\\+\\s*\\$\\{[^}]*}(?:\\s*\\+\\s*'([A-Za-z0-9_.-]*)')?");

	/** String literals in Java that look like message keys, or key prefixes ("date.season."). */
	private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+\\.?)\"");

	/** File names ("sources.csv") look like keys too. */
	private static final Pattern FILE_NAME = Pattern
		.compile(".*\\.(csv|json|jsonld|xml|html|txt|zip|bib|ris|css|js|png|pdf|properties|sql)");

	@Test
	void templatesHoldNoInterfaceTextOfTheirOwn() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document doc = Jsoup.parse(Files.readString(template));
			String name = TEMPLATES.relativize(template).toString();
			for (Element element : doc.getAllElements()) {
				if (element.nameIs("script") || element.nameIs("style")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					String shown = INLINED.matcher(text.text()).replaceAll("").strip();
					if (LETTER.matcher(shown).find() && !replaced(element)) {
						problems.add(name + ": text \"" + shown + "\" in <" + element.tagName() + ">");
					}
				}
				for (String attribute : SPOKEN_ATTRIBUTES) {
					String value = element.attr(attribute);
					if (LETTER.matcher(value).find() && !element.hasAttr("th:" + attribute)
							&& !element.attr("th:attr").contains(attribute + "=")) {
						problems.add(name + ": " + attribute + "=\"" + value + "\" on <" + element.tagName() + ">");
					}
				}
				// A button's value is what its form sends, never shown; an input button shows its value.
				if (element.nameIs("input") && element.attr("type").matches("submit|button|reset")) {
					String value = element.attr("value");
					if (LETTER.matcher(value).find() && !element.hasAttr("th:value")) {
						problems.add(name + ": value=\"" + value + "\" on <" + element.tagName() + ">");
					}
				}
			}
		}
		assertThat(problems).as("hard-coded interface text: make each a message key").isEmpty();
	}

	@Test
	void everyBundleIsTranslatedKeyForKeyAndLoaded() throws IOException {
		Map<String, Properties> bundles = bundles();
		List<String> basenames = bundles.keySet().stream().filter(name -> !name.matches(".*_[a-z]{2}")).toList();
		assertThat(basenames).contains("messages", "dates");
		for (String basename : basenames) {
			Properties english = bundles.get(basename);
			for (String language : TRANSLATIONS) {
				Properties translated = bundles.get(basename + "_" + language);
				assertThat(translated).as("i18n/%s_%s.properties", basename, language).isNotNull();
				assertThat(translated.stringPropertyNames()).as("keys of %s_%s that %s lacks", basename, language, basename)
					.isSubsetOf(english.stringPropertyNames());
				assertThat(english.stringPropertyNames()).as("keys of %s that %s_%s lacks", basename, basename, language)
					.isSubsetOf(translated.stringPropertyNames());
				for (String key : english.stringPropertyNames()) {
					assertThat(translated.getProperty(key)).as("%s in %s_%s", key, basename, language).isNotBlank();
					assertThat(arguments(translated.getProperty(key))).as("arguments of %s in %s_%s", key, basename, language)
						.isEqualTo(arguments(english.getProperty(key)));
				}
			}
		}
		String configured = new String(Files.readAllBytes(Path.of("src/main/resources/application.properties")),
				StandardCharsets.UTF_8)
			.lines()
			.filter(line -> line.startsWith("spring.messages.basename="))
			.findFirst()
			.orElseThrow();
		assertThat(Arrays.asList(configured.substring(configured.indexOf('=') + 1).split("\\s*,\\s*")))
			.as("spring.messages.basename")
			.containsExactlyInAnyOrderElementsOf(basenames.stream().map(name -> "i18n/" + name).toList());
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> keys = englishKeys();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			String text = Files.readString(template);
			Matcher literal = LITERAL_KEY.matcher(text);
			while (literal.find()) {
				if (!keys.contains(literal.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + literal.group(1));
				}
			}
			Matcher computed = COMPUTED_KEY.matcher(text);
			while (computed.find()) {
				String prefix = computed.group(1);
				String suffix = computed.group(2) == null ? "" : computed.group(2);
				if (keys.stream().noneMatch(key -> key.startsWith(prefix) && key.endsWith(suffix))) {
					missing.add(TEMPLATES.relativize(template) + ": " + prefix + "*" + suffix);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/** Keys computed from a kind ("kind." + PERSON + ".one") exist for every kind there is. */
	@Test
	void everyKindHasItsWords() throws IOException {
		Set<String> keys = englishKeys();
		List<String> expected = new ArrayList<>();
		for (EntryKind kind : EntryKind.values()) {
			expected.addAll(List.of("kind." + kind + ".one", "kind." + kind + ".index", "kind." + kind + ".intro",
					"home.counts." + kind));
		}
		Stream.of(NameKind.values()).forEach(kind -> expected.add("name." + kind));
		Stream.of(EditorialNote.Kind.values()).forEach(kind -> expected.add("note." + kind));
		Stream.of(SourceKind.values()).forEach(kind -> expected.add("source.kind." + kind));
		Stream.of(SourceNote.Kind.values()).forEach(kind -> expected.add("source.note." + kind));
		for (RelationKind kind : RelationKind.values()) {
			expected.addAll(List.of("relation." + kind + ".out", "relation." + kind + ".in"));
		}
		Languages.INTERFACE.forEach(locale -> expected.add("language." + locale.getLanguage()));
		assertThat(keys).containsAll(expected);
	}

	@Test
	void everyKeyTheCodeUsesExists() throws IOException {
		Set<String> keys = englishKeys();
		Set<String> prefixes = keys.stream().map(key -> key.substring(0, key.indexOf('.') + 1)).collect(Collectors.toSet());
		List<String> missing = new ArrayList<>();
		List<Path> sources;
		try (Stream<Path> files = Files.walk(JAVA)) {
			sources = files.filter(path -> path.toString().endsWith(".java")).toList();
		}
		int checked = 0;
		for (Path source : sources) {
			Matcher literal = JAVA_KEY.matcher(Files.readString(source));
			while (literal.find()) {
				String key = literal.group(1);
				if (prefixes.stream().noneMatch(key::startsWith) || FILE_NAME.matcher(key).matches()) {
					continue;
				}
				checked++;
				boolean found = key.endsWith(".") ? keys.stream().anyMatch(k -> k.startsWith(key)) : keys.contains(key);
				if (!found) {
					missing.add(JAVA.relativize(source) + ": " + key);
				}
			}
		}
		assertThat(checked).as("message keys found in the Java sources").isGreaterThan(10);
		assertThat(missing).isEmpty();
	}

	/** Whether an element's text is replaced when rendered (the whole page's {@code html} does not count). */
	private static boolean replaced(Element element) {
		for (Element e = element; e != null && !e.nameIs("html"); e = e.parent()) {
			if (REPLACING.stream().anyMatch(e::hasAttr) || "all".equals(e.attr("th:remove"))) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> arguments(String message) {
		Matcher argument = Pattern.compile("\\{(\\d+)").matcher(message);
		Set<String> found = new TreeSet<>();
		while (argument.find()) {
			found.add(argument.group(1));
		}
		return found;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Set<String> englishKeys() throws IOException {
		Map<String, Properties> bundles = bundles();
		return bundles.entrySet()
			.stream()
			.filter(bundle -> !bundle.getKey().matches(".*_[a-z]{2}"))
			.flatMap(bundle -> bundle.getValue().stringPropertyNames().stream())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** Every bundle file, by name without extension ("messages", "messages_es"). */
	private static Map<String, Properties> bundles() throws IOException {
		Map<String, Properties> bundles = new TreeMap<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".properties")).toList()) {
				Properties properties = new Properties();
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					properties.load(reader);
				}
				String name = file.getFileName().toString();
				bundles.put(name.substring(0, name.length() - ".properties".length()), properties);
			}
		}
		return bundles;
	}

}
