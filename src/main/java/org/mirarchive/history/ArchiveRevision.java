package org.mirarchive.history;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionMapping;

/**
 * One revision of the archive (a row of {@code revinfo}): its number, when it was committed, the
 * curator who made it (null for the archive's seed, revision 1), the summary given and the change
 * set it published. Every audited row written in the same transaction belongs to it.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(ArchiveRevisionListener.class)
@AttributeOverride(name = "id", column = @Column(name = "rev"))
@AttributeOverride(name = "timestamp", column = @Column(name = "revtstmp"))
// Numbers one by one, as readers cite them: revision 1 is the seed's, written by the migration.
@SequenceGenerator(sequenceName = "revinfo_seq", allocationSize = 1)
public class ArchiveRevision extends RevisionMapping {

	@Column(length = 100)
	private String author;

	@Column(length = 500)
	private String summary;

	private Long changeSetId;

	public String getAuthor() {
		return author;
	}

	void setAuthor(String author) {
		this.author = author;
	}

	public String getSummary() {
		return summary;
	}

	void setSummary(String summary) {
		this.summary = summary;
	}

	public Long getChangeSetId() {
		return changeSetId;
	}

	void setChangeSetId(Long changeSetId) {
		this.changeSetId = changeSetId;
	}

	/** When the revision was committed. */
	public Instant committed() {
		return Instant.ofEpochMilli(getTimestamp());
	}

}
