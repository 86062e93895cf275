package org.mirarchive.entry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.mirarchive.entry.SchemaOrg;
import org.mirarchive.model.HistoricalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** schema.org dates say only what the EDTF date knows: no "about", no decades, no invented days. */
class SchemaOrgDatesTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "1973-09-11, 1973-09-11", "1973-09, 1973-09", "1944, 1944", "1985-04-XX, 1985-04", "1985-XX, 1985",
			"1965~, ", "1984?, ", "2004%, ", "196X, ", "19XX, ", "2001-21, " })
	void aDateIsGivenAtThePrecisionKnownOrNotAtAll(String edtf, String iso) {
		assertThat(SchemaOrg.isoDate(HistoricalDate.parse(edtf).start())).isEqualTo(iso);
	}

}
