package org.mirarchive.entry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How each authority file writes its identifiers, and where its records are. */
class IdentifierSchemeTest {

	@Test
	void eachFileAcceptsItsOwnFormAndRefusesAnothers() {
		assertThat(IdentifierScheme.WIKIDATA.accepts("Q42")).isTrue();
		assertThat(IdentifierScheme.WIKIDATA.accepts("q42")).isFalse();
		assertThat(IdentifierScheme.WIKIDATA.accepts("Q042")).isFalse();
		assertThat(IdentifierScheme.WIKIDATA.accepts("P31")).as("a property, not an item").isFalse();
		assertThat(IdentifierScheme.VIAF.accepts("113230702")).isTrue();
		assertThat(IdentifierScheme.VIAF.accepts("Q42")).isFalse();
		assertThat(IdentifierScheme.LCNAF.accepts("n79021164")).isTrue();
		assertThat(IdentifierScheme.LCNAF.accepts("no2005012345")).isTrue();
		assertThat(IdentifierScheme.LCNAF.accepts("sh85026371")).as("a subject heading, not a name").isFalse();
		assertThat(IdentifierScheme.WIKIDATA.accepts(null)).isFalse();
		assertThat(IdentifierScheme.WIKIDATA.accepts(" Q42")).as("as written, without spaces").isFalse();
	}

	@Test
	void anIsnisLastCharacterIsItsCheckDigit() {
		assertThat(IdentifierScheme.ISNI.accepts("0000000121032683")).isTrue();
		assertThat(IdentifierScheme.ISNI.accepts("0000000121032684")).isFalse();
		// A check of 10 is written X (ISO 7064 MOD 11-2): 0000 0000 0000 001X.
		assertThat(IdentifierScheme.ISNI.accepts("000000000000001X")).isTrue();
		assertThat(IdentifierScheme.ISNI.accepts("0000000000000010")).isFalse();
		for (IdentifierScheme scheme : IdentifierScheme.values()) {
			assertThat(scheme.accepts(scheme.example())).as(scheme + "'s example").isTrue();
		}
	}

	@Test
	void anIdentifierNamesItsRecordAndASchemeIsReadByItsName() {
		assertThat(IdentifierScheme.WIKIDATA.url("Q42")).isEqualTo("https://www.wikidata.org/wiki/Q42");
		assertThat(IdentifierScheme.VIAF.url("113230702")).isEqualTo("https://viaf.org/viaf/113230702");
		assertThat(IdentifierScheme.ISNI.url("0000000121032683")).isEqualTo("https://isni.org/isni/0000000121032683");
		assertThat(IdentifierScheme.LCNAF.url("n79021164")).isEqualTo("https://id.loc.gov/authorities/names/n79021164");
		assertThat(IdentifierScheme.named("wikidata")).contains(IdentifierScheme.WIKIDATA);
		assertThat(IdentifierScheme.named("GND")).isEmpty();
		assertThat(IdentifierScheme.named(null)).isEmpty();
	}

}
