package org.mirarchive.curation;

import java.util.Arrays;
import java.util.List;

/**
 * A problem of an import, where a curator finds it in the spreadsheet: the file ({@code people}),
 * the line (the header is line 1), the column (null for the whole row or file), and a message key
 * with its arguments.
 */
public record ImportProblem(String file, long line, String column, String message, List<Object> arguments) {

	public ImportProblem {
		arguments = List.copyOf(arguments);
	}

	static ImportProblem of(String file, long line, String column, String message, Object... arguments) {
		return new ImportProblem(file, line, column, message, Arrays.asList(arguments));
	}

}
