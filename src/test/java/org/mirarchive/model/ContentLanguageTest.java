package org.mirarchive.model;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a page picks the language of each of its texts, and what it then says about them: the
 * reader's language where the archive has a translation, English (marked so) where it has none.
 */
class ContentLanguageTest {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@Test
	void aTranslatedTextIsShownInTheReadersLanguageAndTheMissingOneInEnglish() {
		ContentLanguage content = new ContentLanguage(SPANISH);
		assertThat(content.text("Founded in 1965.", Map.of("es", "Fundado en 1965.")::get))
			.isEqualTo(new LocalText("Fundado en 1965.", "es", true));
		assertThat(content.text("Led by Enríquez.", Map.<String, String>of()::get))
			.isEqualTo(new LocalText("Led by Enríquez.", "en", false));
		assertThat(content.note().messageKey("entry.contentLanguage")).isEqualTo("entry.contentLanguage.partly");
	}

	@Test
	void aPageWhollyTranslatedSaysOnlyThatTheTranslationIsTheArchives() {
		ContentLanguage content = new ContentLanguage(SPANISH);
		content.text("Founded in 1965.", Map.of("es", "Fundado en 1965.")::get);
		assertThat(content.note().messageKey("entry.contentLanguage")).isEqualTo("entry.contentLanguage.translated");
	}

	@Test
	void aPageWithNoTranslationSaysItsContentIsInEnglish() {
		ContentLanguage content = new ContentLanguage(SPANISH);
		content.text("Founded in 1965.", Map.<String, String>of()::get);
		assertThat(content.note().messageKey("entry.contentLanguage")).isEqualTo("entry.contentLanguage");
	}

	@Test
	void anEnglishReaderReadsWhatTheArchiveWroteAndNoTranslationIsAskedFor() {
		ContentLanguage content = new ContentLanguage(Locale.ENGLISH);
		assertThat(content.text("Founded in 1965.", language -> {
			throw new AssertionError("asked for " + language);
		})).isEqualTo(new LocalText("Founded in 1965.", "en", false));
		assertThat(content.note().messageKey("entry.contentLanguage")).isNull();
	}

	@Test
	void aNameWithoutAHeadwordOfItsOwnIsTheSameInEveryLanguageAndNothingIsMissing() {
		ContentLanguage content = new ContentLanguage(SPANISH);
		assertThat(content.name("Miguel Enríquez", Map.<String, String>of()::get))
			.isEqualTo(new LocalText("Miguel Enríquez", null, false));
		assertThat(content.name("Coup of 11 September 1973", Map.of("es", "Golpe de Estado de 1973")::get))
			.isEqualTo(new LocalText("Golpe de Estado de 1973", "es", true));
		assertThat(content.note().messageKey("entry.contentLanguage")).isNull();
	}

}
