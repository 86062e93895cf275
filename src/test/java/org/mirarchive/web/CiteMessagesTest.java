package org.mirarchive.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The citing, data and timeline-filter texts exist in every language the bundle offers. */
class CiteMessagesTest {

	@Test
	void everyEnglishKeyHasASpanishText() throws IOException {
		Properties english = load("/i18n/cite.properties");
		Properties spanish = load("/i18n/cite_es.properties");
		assertThat(english).isNotEmpty();
		assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(spanish.stringPropertyNames()).allSatisfy(key -> assertThat(spanish.getProperty(key)).isNotBlank());
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (Reader in = new InputStreamReader(CiteMessagesTest.class.getResourceAsStream(path), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
