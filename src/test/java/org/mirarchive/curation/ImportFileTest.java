package org.mirarchive.curation;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a file of an import is read: strictly UTF-8, the download's columns in order, within the row limit. */
class ImportFileTest {

	private static final String HEADER = String.join(",", ImportFiles.ENTRY_COLUMNS) + "\r\n";

	@Test
	void aFileInTheDownloadsColumnsReadsRowByRowWithItsLines() {
		ImportFile.Read read = read(HEADER + ",Ana Pérez,,A person,1950,,,,,,\r\n"
				+ ",\"Two\r\nlines\",,A person,,,,,,,\r\n,Third,,A person,,,,,,,\r\n", 10);

		assertThat(read.refused()).isFalse();
		assertThat(read.rows()).extracting(ImportFile.Row::line).containsExactly(2L, 3L, 5L);
		assertThat(read.rows().get(0).get("name")).isEqualTo("Ana Pérez");
		assertThat(read.rows().get(0).get("slug")).isNull();
	}

	@Test
	void aByteThatIsNotUtf8IsRefusedWithItsLine() {
		byte[] latin1 = (HEADER + ",Ana,,A person,,,,,,,\r\n,Jos\u00e9,,A person,,,,,,,\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);

		ImportFile.Read read = ImportFile.read("people", ImportFiles.ENTRY_COLUMNS, new ByteArrayInputStream(latin1), 10);

		assertThat(read.refusal()).isEqualTo(ImportProblem.of("people", 3, null, "import.file.encoding"));
		assertThat(read.rows()).isEmpty();
	}

	@Test
	void aMissingUnknownOrMisorderedColumnIsNamedWithTheColumnsExpected() {
		String expected = String.join(", ", ImportFiles.ENTRY_COLUMNS);
		assertThat(read(HEADER.replace("summary,", ""), 10).refusal())
			.isEqualTo(ImportProblem.of("people", 1, "summary", "import.file.missingColumn", "summary", expected));
		assertThat(read(HEADER.replace("\r\n", ",colour\r\n"), 10).refusal())
			.isEqualTo(ImportProblem.of("people", 1, "colour", "import.file.unknownColumn", "colour", expected));
		assertThat(read(HEADER.replace("name,other_names", "other_names,name"), 10).refusal())
			.isEqualTo(ImportProblem.of("people", 1, "other_names", "import.file.columnOrder", "other_names", "name", expected));
	}

	@Test
	void aFileLongerThanTheLimitIsRefusedAtTheFirstRowPastItWithoutReadingFurther() {
		byte[] row = ",Somebody,,A person,,,,,,,\r\n".getBytes(StandardCharsets.UTF_8);
		long[] served = { 0 };
		// A hundred thousand rows, made as they are read, and a broken byte after them that is never reached.
		InputStream rows = new InputStream() {
			private int at;

			@Override
			public int read() {
				if (served[0] >= 100_000L * row.length) {
					return 0xFF;
				}
				int b = row[at];
				at = (at + 1) % row.length;
				served[0]++;
				return b;
			}
		};
		InputStream file = new SequenceInputStream(new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8)), rows);

		ImportFile.Read read = ImportFile.read("people", ImportFiles.ENTRY_COLUMNS, file, 10_000);

		assertThat(read.refusal()).isEqualTo(ImportProblem.of("people", 10_002, null, "import.file.tooManyRows", 10_000));
		assertThat(served[0]).isLessThan(20_000L * row.length);
	}

	@Test
	void anEmptyFileOrARowOfTheWrongWidthIsRefused() {
		assertThat(read("", 10).refusal().message()).isEqualTo("import.file.empty");
		assertThat(read(HEADER + ",Ana,A person\r\n", 10).refusal())
			.isEqualTo(ImportProblem.of("people", 2, null, "import.file.rowWidth", 3, 11));
	}

	private static ImportFile.Read read(String text, int limit) {
		return ImportFile.read("people", ImportFiles.ENTRY_COLUMNS,
				new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limit);
	}

}
