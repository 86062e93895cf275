package org.mirarchive.curation;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of a curators' import, read strictly: UTF-8 (a byte that is not is refused, with its
 * line), RFC 4180 quoting, the header exactly the download's columns in their order, and no more
 * rows than the import takes. The file is read as a stream and reading stops at the first refusal,
 * so that a file of a million rows is refused after the limit, never held whole.
 */
final class ImportFile {

	private static final String KEY = "import.file.";

	private ImportFile() {
	}

	/** A data row: its line in the file (the header is line 1) and its values by column. */
	record Row(String file, long line, Map<String, String> values) {

		/** A column's value, stripped; null when blank. */
		String get(String column) {
			String value = values.get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

	/** A file read, or refused whole: its rows, or the one problem that refused it. */
	record Read(List<Row> rows, ImportProblem refusal) {

		boolean refused() {
			return refusal != null;
		}

	}

	/**
	 * Reads a file of the import.
	 * @param file its name without {@code .csv} ({@code people}), as the problems name it
	 * @param columns the columns it must have, in order
	 * @param limit the most data rows it may have
	 */
	static Read read(String file, List<String> columns, InputStream in, int limit) {
		Utf8Lines text = new Utf8Lines(in);
		List<Row> rows = new ArrayList<>();
		CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				return refused(file, 1, null, "empty", String.join(", ", columns));
			}
			List<String> header = new ArrayList<>(records.next().toList());
			if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
				header.set(0, header.get(0).substring(1));
			}
			ImportProblem wrong = header(file, columns, header);
			if (wrong != null) {
				return new Read(List.of(), wrong);
			}
			long line = parser.getCurrentLineNumber() + 1;
			while (records.hasNext()) {
				CSVRecord record = records.next();
				if (rows.size() == limit) {
					return refused(file, line, null, "tooManyRows", limit);
				}
				if (record.size() != columns.size()) {
					return refused(file, line, null, "rowWidth", record.size(), columns.size());
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < columns.size(); i++) {
					values.put(columns.get(i), record.get(i));
				}
				rows.add(new Row(file, line, values));
				line = parser.getCurrentLineNumber() + 1;
			}
		}
		catch (NotUtf8 notUtf8) {
			return refused(file, notUtf8.line, null, "encoding");
		}
		catch (UncheckedIOException | IOException | IllegalStateException broken) {
			Throwable cause = broken instanceof UncheckedIOException ? broken.getCause() : broken;
			if (cause instanceof NotUtf8 notUtf8) {
				return refused(file, notUtf8.line, null, "encoding");
			}
			if (cause != null && cause.getCause() instanceof NotUtf8 notUtf8) {
				return refused(file, notUtf8.line, null, "encoding");
			}
			return refused(file, text.line(), null, "unreadable");
		}
		return new Read(rows, null);
	}

	/** The first column that is missing, unknown or out of order, with the columns expected. */
	private static ImportProblem header(String file, List<String> columns, List<String> header) {
		String expected = String.join(", ", columns);
		for (int i = 0; i < Math.max(columns.size(), header.size()); i++) {
			String found = i < header.size() ? header.get(i).strip() : null;
			String wanted = i < columns.size() ? columns.get(i) : null;
			if (found != null && found.equals(wanted)) {
				continue;
			}
			if (wanted == null) {
				return problem(file, 1, found, "unknownColumn", found, expected);
			}
			if (found == null || !header.stream().map(String::strip).toList().contains(wanted)) {
				return problem(file, 1, wanted, "missingColumn", wanted, expected);
			}
			if (!columns.contains(found)) {
				return problem(file, 1, found, "unknownColumn", found, expected);
			}
			return problem(file, 1, found, "columnOrder", found, wanted, expected);
		}
		return null;
	}

	private static Read refused(String file, long line, String column, String key, Object... arguments) {
		return new Read(List.of(), problem(file, line, column, key, arguments));
	}

	private static ImportProblem problem(String file, long line, String column, String key, Object... arguments) {
		return ImportProblem.of(file, line, column, KEY + key, arguments);
	}

	/** A byte that is not UTF-8, on this line of the file. */
	private static final class NotUtf8 extends CharacterCodingException {

		private final long line;

		NotUtf8(long line) {
			this.line = line;
		}

	}

	/**
	 * The file's bytes decoded as UTF-8 by a decoder that reports what it cannot decode (never
	 * replacing it), counting lines so that the refusal says where the bad byte is.
	 */
	private static final class Utf8Lines extends Reader {

		private final InputStream in;

		private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);

		private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();

		private final CharBuffer chars = CharBuffer.allocate(8192).flip();

		private boolean ended;

		private long newlines;

		Utf8Lines(InputStream in) {
			this.in = in;
		}

		long line() {
			return newlines + 1;
		}

		@Override
		public int read(char[] into, int offset, int length) throws IOException {
			while (!chars.hasRemaining()) {
				if (ended && !bytes.hasRemaining()) {
					return -1;
				}
				fill();
			}
			int n = Math.min(length, chars.remaining());
			chars.get(into, offset, n);
			return n;
		}

		private void fill() throws IOException {
			if (!ended) {
				bytes.compact();
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				if (read < 0) {
					ended = true;
				}
				else {
					bytes.position(bytes.position() + read);
				}
				bytes.flip();
			}
			chars.clear();
			CoderResult result = decoder.decode(bytes, chars, ended);
			if (ended && !result.isError()) {
				result = decoder.flush(chars);
			}
			chars.flip();
			for (int i = chars.position(); i < chars.limit(); i++) {
				if (chars.get(i) == '\n') {
					newlines++;
				}
			}
			if (result.isError()) {
				// The characters before the bad byte are counted: its line is the next.
				throw new NotUtf8(newlines + 1);
			}
			if (ended && !bytes.hasRemaining() && !chars.hasRemaining()) {
				bytes.limit(0);
			}
		}

		@Override
		public void close() throws IOException {
			in.close();
		}

	}

}
