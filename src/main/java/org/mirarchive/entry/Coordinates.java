package org.mirarchive.entry;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * Where a place is: a point in decimal degrees (south and west negative) as a work gives it, with
 * what that point stands for ({@link Precision}), cited like any other claim. The map draws a
 * place only from these; a place without any is not drawn.
 */
@Entity
@Audited
@Table(name = "entry_coordinates")
public class Coordinates {

	/** What the point stands for: as precise as its work is, never more. */
	public enum Precision {
		/** A country's centre as its work (The World Factbook) gives it. */
		COUNTRY,
		/** A nominal point standing for a whole region or mountain range. */
		REGION,
		/** A city's centre. */
		CITY,
		/** A building or a site within a city. */
		BUILDING
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Entry entry;

	private BigDecimal latitude;

	private BigDecimal longitude;

	@Enumerated(EnumType.STRING)
	@Column(name = "precision_level")
	private Precision precision;

	private int position;

	// Sets, in order, so that the entry's page reads them with the entry in its one query.
	@OneToMany(mappedBy = "coordinates")
	@OrderBy("id")
	private Set<Citation> citations = new LinkedHashSet<>();

	/** The notes beside the coordinates, where works give the place at different points. */
	@OneToMany(mappedBy = "coordinates")
	@OrderBy("position, id")
	@NotAudited
	private Set<EditorialNote> notes = new LinkedHashSet<>();

	protected Coordinates() {
	}

	Coordinates(Entry entry, BigDecimal latitude, BigDecimal longitude, Precision precision, int position) {
		this.entry = entry;
		this.latitude = latitude;
		this.longitude = longitude;
		this.precision = precision;
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public Entry getEntry() {
		return entry;
	}

	/** Degrees north of the equator (south negative), as exact as the work gives them. */
	public BigDecimal getLatitude() {
		return latitude;
	}

	/** Degrees east of Greenwich (west negative), as exact as the work gives them. */
	public BigDecimal getLongitude() {
		return longitude;
	}

	public Precision getPrecision() {
		return precision;
	}

	public int getPosition() {
		return position;
	}

	/** The citations supporting the point, in order. */
	public List<Citation> getCitations() {
		return List.copyOf(citations);
	}

	/** A citation of the point ({@link Citation#ofCoordinates}). */
	void addCitation(Citation citation) {
		citations.add(citation);
	}

	/** A curator's revision of the point: the caller has checked it is on earth, as the schema does. */
	public void revise(BigDecimal revisedLatitude, BigDecimal revisedLongitude, Precision revisedPrecision) {
		latitude = revisedLatitude;
		longitude = revisedLongitude;
		precision = revisedPrecision;
	}

	/** Forgets the point's citations, which the caller removes. */
	public void forgetCitations() {
		citations.clear();
	}

	/** A note a curator sets beside the point ({@link EditorialNote#besideCoordinates}). */
	void addNote(EditorialNote note) {
		notes.add(note);
	}

	/** A note a curator takes from beside the point ({@link EditorialNote#detach}). */
	void removeNote(EditorialNote note) {
		notes.remove(note);
	}

	/** The notes beside the coordinates, in order. */
	public List<EditorialNote> getNotes() {
		return List.copyOf(notes);
	}

	/**
	 * The point in words in a reader's language: degrees north or south and east or west
	 * ("33.4375° S, 70.65° W"; in Spanish with a decimal comma and O for oeste, "33,4375° S, 70,65° O"),
	 * with no more decimals than the work gives.
	 */
	public String inWords(Locale locale) {
		return inWords(latitude, longitude, locale);
	}

	/** A point in words in a reader's language ({@link #inWords(Locale)}), before it is stored. */
	public static String inWords(BigDecimal latitude, BigDecimal longitude, Locale locale) {
		boolean spanish = "es".equals(locale.getLanguage());
		String words = degrees(latitude, "N", "S") + ", " + degrees(longitude, "E", spanish ? "O" : "W");
		return spanish ? words.replace('.', ',') : words;
	}

	private static String degrees(BigDecimal value, String positive, String negative) {
		String number = value.abs().stripTrailingZeros().toPlainString();
		return number + "° " + (value.signum() < 0 ? negative : positive);
	}

}
