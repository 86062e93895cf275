package org.mirarchive.data;

import org.junit.jupiter.api.Test;

import org.mirarchive.curation.ImportFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The curators' import takes the download's CSV files in the download's columns: a file downloaded reads back. */
class ImportColumnsTest {

	@Test
	void theImportTakesTheDownloadsColumnsInTheirOrder() {
		assertThat(ImportFiles.ENTRY_COLUMNS).isEqualTo(ArchiveDownload.ENTRY_COLUMNS);
		assertThat(ImportFiles.RELATION_COLUMNS).isEqualTo(ArchiveDownload.RELATION_COLUMNS);
		assertThat(ImportFiles.CITATION_COLUMNS).isEqualTo(ArchiveDownload.CITATION_COLUMNS);
		assertThat(ImportFiles.TRANSLATION_COLUMNS).isEqualTo(ArchiveDownload.TRANSLATION_COLUMNS);
	}

}
