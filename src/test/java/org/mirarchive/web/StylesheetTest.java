package org.mirarchive.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one stylesheet stays whole: every block it opens it closes. A brace lost where two
 * changes meet leaves every rule after it inside an {@code @media print} block, and the screen
 * then draws the pictures' shapes at their natural size, black, with nothing else to say so.
 */
class StylesheetTest {

	@Test
	void everyBlockTheStylesheetOpensItCloses() throws IOException {
		String css = Files.readString(Path.of("src/main/resources/static/css/archive.css"), StandardCharsets.UTF_8)
			.replaceAll("(?s)/\\*.*?\\*/", "")
			.replaceAll("\"[^\"\\n]*\"", "\"\"");
		int depth = 0;
		int line = 1;
		for (char c : css.toCharArray()) {
			if (c == '\n') {
				line++;
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth--;
				assertThat(depth).as("a block closed that was never opened, at line %d (comments left out)", line)
					.isGreaterThanOrEqualTo(0);
			}
			assertThat(depth).as("blocks open at once, at line %d: a rule inside @media, never deeper", line)
				.isLessThanOrEqualTo(2);
		}
		assertThat(depth).as("blocks left open at the end of archive.css").isZero();
	}

}
