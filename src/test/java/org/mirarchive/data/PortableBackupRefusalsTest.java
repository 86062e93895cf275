package org.mirarchive.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file the archive cannot take whole is refused before anything changes, with a message that
 * says what is wrong with it: not a zip, the public download (which has no tables), tables that are
 * not JSON, and a backup with a citation of a work it does not hold. Each is tried on the seed
 * archive, which is new and would take a good backup: after each, it is still the seed.
 */
@ArchiveWebTest
class PortableBackupRefusalsTest {

	@Autowired
	private PortableBackup backup;

	@Autowired
	private JdbcTemplate jdbc;

	@TempDir
	Path folder;

	private String before;

	@BeforeEach
	void remember() {
		before = state();
	}

	@Test
	void aFileThatIsNotAZipIsRefused() throws IOException {
		Path file = Files.writeString(folder.resolve("notes.zip"), "not a zip at all");
		assertRefused(file, "notes.zip is not a zip file");
	}

	@Test
	void thePublicDownloadIsRefusedForItHasNoTables() throws IOException {
		Map<String, byte[]> files = unzip(exported());
		files.remove(PortableBackup.TABLES);
		assertRefused(zip("download.zip", files), "download.zip has no " + PortableBackup.TABLES);
	}

	@Test
	void tablesThatAreNotJsonAreRefused() throws IOException {
		Map<String, byte[]> files = unzip(exported());
		files.put(PortableBackup.TABLES, "{\"format\": \"mir-archive-tables\", \"tables\": [".getBytes(StandardCharsets.UTF_8));
		assertRefused(zip("cut.zip", files), PortableBackup.TABLES + " is not valid JSON");
	}

	@Test
	void aCitationOfAWorkTheFileDoesNotHoldIsRefused() throws IOException {
		Map<String, byte[]> files = unzip(exported());
		String tables = new String(files.get(PortableBackup.TABLES), StandardCharsets.UTF_8);
		Long citation = jdbc.queryForObject("select min(id) from citation", Long.class);
		Long source = jdbc.queryForObject("select source_id from citation where id = ?", Long.class, citation);
		// The citation's row begins with its id and its work's: [id, source_id, …] in the table's column order.
		String row = "[" + citation + "," + source + ",";
		int at = tables.indexOf(row, tables.indexOf("{\"table\":\"citation\","));
		assertThat(at).as("the citation's row").isPositive();
		String broken = tables.substring(0, at) + "[" + citation + ",999999," + tables.substring(at + row.length());
		files.put(PortableBackup.TABLES, broken.getBytes(StandardCharsets.UTF_8));
		assertRefused(zip("broken.zip", files),
				"citation " + citation + " names source 999999 (source_id), which the backup does not hold");
	}

	private void assertRefused(Path file, String message) {
		assertThatThrownBy(() -> backup.importFrom(file)).isInstanceOf(PortableBackup.Refused.class)
			.hasMessageContaining(message);
		assertThat(state()).as("the archive, after the refusal").isEqualTo(before);
	}

	/** What a refused import must leave as it was: the rows of each table and the history. */
	private String state() {
		StringBuilder state = new StringBuilder();
		for (ContentTables.Table table : ContentTables.ALL) {
			state.append(table.name()).append(' ')
				.append(jdbc.queryForObject("select count(*) from " + table.name(), Long.class)).append('\n');
		}
		state.append(jdbc.queryForList("select rev, summary from revinfo order by rev"));
		state.append(jdbc.queryForList("select slug, summary, version from entry order by id"));
		return state.toString();
	}

	private Path exported() throws IOException {
		Path file = folder.resolve("backup.zip");
		if (!Files.exists(file)) {
			backup.export(file);
		}
		return file;
	}

	private static Map<String, byte[]> unzip(Path zip) throws IOException {
		return PortableBackupRoundTripTest.unzip(zip);
	}

	private Path zip(String name, Map<String, byte[]> files) throws IOException {
		Path file = folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> each : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(each.getKey()));
				zip.write(each.getValue());
				zip.closeEntry();
			}
		}
		return file;
	}

}
