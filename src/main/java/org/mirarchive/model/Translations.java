package org.mirarchive.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The archive's translations of a record's texts as programs read them (the API, JSON-LD, the
 * download): by language tag, then by field, e.g. {@code {"es": {"summary": "…"}}}, beside the
 * English fields the record has always had. Languages in tag order; a field without a
 * translation is left out, and so is a language with none.
 */
public final class Translations {

	private Translations() {
	}

	/** One text's translations, by language, under one field name. */
	public static Map<String, Map<String, String>> of(Map<String, String> byLanguage, String field) {
		return of(byLanguage, text -> Collections.singletonMap(field, text));
	}

	/** A row's translations, by language, each as its fields (nulls are left out). */
	public static <T> Map<String, Map<String, String>> of(Map<String, T> byLanguage,
			Function<T, Map<String, String>> fields) {
		Map<String, Map<String, String>> translations = new TreeMap<>();
		byLanguage.forEach((language, row) -> {
			Map<String, String> present = new LinkedHashMap<>();
			if (row != null) {
				fields.apply(row).forEach((field, text) -> {
					if (text != null && !text.isBlank()) {
						present.put(field, text);
					}
				});
			}
			if (!present.isEmpty()) {
				translations.put(language, present);
			}
		});
		return translations;
	}

	/** The fields of a row, in order, nulls allowed. */
	public static Map<String, String> fields(String field, String text, String otherField, String otherText) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(field, text);
		fields.put(otherField, otherText);
		return fields;
	}

}
