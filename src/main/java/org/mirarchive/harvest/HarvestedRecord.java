package org.mirarchive.harvest;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;

/**
 * One record as a harvester gets it: its header (identifier, datestamp, set, whether it is deleted)
 * and, for a record asked for with its metadata, the metadata written while it was read: so that
 * nothing is read from the database once the transaction that read the records has ended.
 *
 * @param identifier {@code oai:mir.example:people/miguel-enriquez}
 * @param datestamp when it last changed
 * @param set the set it is in
 * @param deleted whether it was withdrawn
 * @param metadata the metadata element's UTF-8 bytes, or null for a deleted record or a header alone
 */
record HarvestedRecord(String identifier, Instant datestamp, HarvestSet set, boolean deleted, byte[] metadata)
		implements Item {

	@Override
	public String getIdentifier() {
		return identifier;
	}

	@Override
	public Instant getDatestamp() {
		return datestamp;
	}

	@Override
	public List<Set> getSets() {
		return List.of(new Set(set.spec()).withName(set.displayName()));
	}

	@Override
	public boolean isDeleted() {
		return deleted;
	}

	/** The metadata as written, copied into the response as it is (no transformation). */
	@Override
	public Metadata getMetadata() {
		if (metadata == null) {
			throw new IllegalStateException("read without its metadata: " + identifier);
		}
		return Metadata.copyFromStream(new ByteArrayInputStream(metadata));
	}

}
