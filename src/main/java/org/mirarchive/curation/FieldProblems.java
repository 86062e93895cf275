package org.mirarchive.curation;

import java.util.List;

/** The problems of a curator's form, by the path of the field each concerns ("statements[2].citations"). */
public record FieldProblems(List<Problem> problems) {

	static final FieldProblems NONE = new FieldProblems(List.of());

	/** One problem: the field, and what to do, in the curator's language. */
	public record Problem(String field, String message) {
	}

	static FieldProblems of(String field, String message) {
		return new FieldProblems(List.of(new Problem(field, message)));
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	/** The messages about one field, for the template to show beside it. */
	public List<String> at(String field) {
		return problems.stream().filter(p -> p.field().equals(field)).map(Problem::message).toList();
	}

	/** Every field's messages, for the list at the top of the form. */
	public List<Problem> all() {
		return problems;
	}

}
