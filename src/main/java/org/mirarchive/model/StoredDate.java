package org.mirarchive.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A historical date as a table stores it: the EDTF expression and the earliest and latest days
 * derived from it, kept beside it so that the database can sort and filter by date.
 */
@Embeddable
public class StoredDate {

	@Column(name = "date_edtf")
	private String edtf;

	@Column(name = "date_earliest")
	private LocalDate earliest;

	@Column(name = "date_latest")
	private LocalDate latest;

	protected StoredDate() {
	}

	/** No date recorded. */
	public static StoredDate none() {
		return new StoredDate();
	}

	public static StoredDate of(HistoricalDate date) {
		StoredDate stored = new StoredDate();
		stored.edtf = date.edtf();
		stored.earliest = date.earliest();
		stored.latest = date.latest();
		return stored;
	}

	/** Whether a date is recorded at all. */
	public boolean isPresent() {
		return edtf != null;
	}

	/** The date, parsed; only call when {@link #isPresent()}. */
	public HistoricalDate parsed() {
		return HistoricalDate.parse(edtf);
	}

	public String getEdtf() {
		return edtf;
	}

	public LocalDate getEarliest() {
		return earliest;
	}

	public LocalDate getLatest() {
		return latest;
	}

}
