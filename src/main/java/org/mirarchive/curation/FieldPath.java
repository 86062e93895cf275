package org.mirarchive.curation;

/**
 * A draft field's path as the form and the write API name it: {@code name}, {@code date.edtf},
 * {@code statements[2].citations[0].quotation}. Built from its parts, so that no path is written
 * out as a dotted literal, which would read as a message key.
 */
record FieldPath(String path) {

	static FieldPath of(String field) {
		return new FieldPath(field);
	}

	static FieldPath of(String list, int index) {
		return new FieldPath(list + "[" + index + "]");
	}

	FieldPath then(String field) {
		return new FieldPath(path + "." + field);
	}

	FieldPath at(int index) {
		return new FieldPath(path + "[" + index + "]");
	}

	@Override
	public String toString() {
		return path;
	}

}
