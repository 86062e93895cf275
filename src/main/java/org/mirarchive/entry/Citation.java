package org.mirarchive.entry;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import org.mirarchive.work.Locators;
import org.mirarchive.work.Quotation;
import org.mirarchive.work.Source;

/**
 * One reference supporting one claim: a name, an entry's date, a statement, a relation, an
 * editorial note, an identifier in another archive or a place's coordinates (exactly one, enforced by the schema). For the quotable article it carries the
 * quotation, which gives the locator; for other works, a free locator such as a chapter.
 */
@Entity
@Audited
public class Citation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	// A citation is never shown without its work and passage: loading them with it, in the same
	// query, spares a page a round of queries for works and another for passages.
	// Works and their passages are not audited (they are not curated as entries are): a revision
	// records which work and passage it cited, and reads them as they are now.
	@ManyToOne(fetch = FetchType.EAGER)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Source source;

	@ManyToOne(fetch = FetchType.EAGER)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Quotation quotation;

	private String locator;

	/** The free locator in other languages than English, by language tag: the archive's own words. */
	@ElementCollection
	@CollectionTable(name = "citation_translation", joinColumns = @JoinColumn(name = "citation_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "locator")
	private Map<String, String> translations = new HashMap<>();

	@ManyToOne(fetch = FetchType.LAZY)
	private EntryName name;

	@ManyToOne(fetch = FetchType.LAZY)
	private Entry dateEntry;

	@ManyToOne(fetch = FetchType.LAZY)
	private Statement statement;

	@ManyToOne(fetch = FetchType.LAZY)
	private Relation relation;

	@ManyToOne(fetch = FetchType.LAZY)
	private EditorialNote note;

	@ManyToOne(fetch = FetchType.LAZY)
	private ExternalIdentifier identifier;

	@ManyToOne(fetch = FetchType.LAZY)
	private Coordinates coordinates;

	protected Citation() {
	}

	private Citation(Source source, Quotation quotation, String locator) {
		this.source = source;
		this.quotation = quotation;
		this.locator = locator;
	}

	/** A curator's citation of a statement: a work, and the quotation or the free locator. */
	public static Citation ofStatement(Statement statement, Source source, Quotation quotation, String locator) {
		Citation citation = new Citation(source, quotation, locator);
		citation.statement = statement;
		statement.getCitations().add(citation);
		return citation;
	}

	/** A curator's citation of an entry's own date. */
	public static Citation ofDate(Entry entry, Source source, Quotation quotation, String locator) {
		Citation citation = new Citation(source, quotation, locator);
		citation.dateEntry = entry;
		entry.getDateCitations().add(citation);
		return citation;
	}

	/** A curator's citation of another form of an entry's name. */
	public static Citation ofName(EntryName name, Source source, Quotation quotation, String locator) {
		Citation citation = new Citation(source, quotation, locator);
		citation.name = name;
		name.getCitations().add(citation);
		return citation;
	}

	/** A curator's citation of a relation. */
	public static Citation ofRelation(Relation relation, Source source, Quotation quotation, String locator) {
		Citation citation = new Citation(source, quotation, locator);
		citation.relation = relation;
		relation.getCitations().add(citation);
		return citation;
	}

	/** A curator's citation of an editorial note. */
	public static Citation ofNote(EditorialNote note, Source source, Quotation quotation, String locator) {
		Citation citation = new Citation(source, quotation, locator);
		citation.note = note;
		note.getCitations().add(citation);
		return citation;
	}

	/** A curator's citation of an entry's identifier in another archive. */
	public static Citation ofIdentifier(ExternalIdentifier identifier, Source source, Quotation quotation,
			String locator) {
		Citation citation = new Citation(source, quotation, locator);
		citation.identifier = identifier;
		identifier.getCitations().add(citation);
		return citation;
	}

	/** A citation of a place's coordinates. */
	public static Citation ofCoordinates(Coordinates coordinates, Source source, Quotation quotation, String locator) {
		Citation citation = new Citation(source, quotation, locator);
		citation.coordinates = coordinates;
		coordinates.addCitation(citation);
		return citation;
	}

	public Long getId() {
		return id;
	}

	public Source getSource() {
		return source;
	}

	/** The verbatim passage, or null for a work the archive cites without quoting. */
	public Quotation getQuotation() {
		return quotation;
	}

	/** A free locator for an unquoted work ("chapter on the JCR"), or null. */
	public String getLocator() {
		return locator;
	}

	/** The free locator in a language ("es"), or null where the archive has not translated it. */
	public String locatorIn(String language) {
		return translations.get(language);
	}

	/** The free locator's translations, by language tag. */
	public Map<String, String> getTranslations() {
		return translations;
	}

	public EntryName getName() {
		return name;
	}

	public Entry getDateEntry() {
		return dateEntry;
	}

	public Statement getStatement() {
		return statement;
	}

	public Relation getRelation() {
		return relation;
	}

	public EditorialNote getNote() {
		return note;
	}

	public ExternalIdentifier getIdentifier() {
		return identifier;
	}

	public Coordinates getCoordinates() {
		return coordinates;
	}

	/** Where in its work this citation points, in words ("section …, paragraph 2"), or empty. */
	public String locate(Locators locators, Locale locale) {
		return locators.describe(quotation, locator, this::locatorIn, locale);
	}

	/** The entry on whose page the cited claim appears (a relation's subject, for a relation). */
	public Entry claimEntry() {
		if (name != null) {
			return name.getEntry();
		}
		if (dateEntry != null) {
			return dateEntry;
		}
		if (statement != null) {
			return statement.getEntry();
		}
		if (relation != null) {
			return relation.getSubject();
		}
		if (identifier != null) {
			return identifier.getEntry();
		}
		if (coordinates != null) {
			return coordinates.getEntry();
		}
		return note.getEntry();
	}

}
