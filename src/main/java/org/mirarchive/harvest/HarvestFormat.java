package org.mirarchive.harvest;

import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.mirarchive.entry.Entry;
import org.mirarchive.work.Source;

/**
 * A metadata format the data provider offers (ListMetadataFormats), and the writer of a record's
 * {@code <metadata>} content in it. Every Spring bean of this type is offered: {@link DublinCore}
 * ({@code oai_dc}, which the protocol requires for every record) is one; an authority format such
 * as EAC-CPF for people and organizations plugs in the same way, saying which sets it describes.
 * A harvester who asks for a record outside those sets in this format is told
 * {@code cannotDisseminateFormat}, and lists in it leave the other sets out.
 *
 * <p>The write methods are called inside a read-only transaction, a list's length of records at
 * a time: the entry comes with its translations loaded, and anything else it holds can be read
 * lazily. Each writes one element, the format's root, with its namespace declarations (and an
 * {@code xsi:schemaLocation}, so that a harvester can validate it), and nothing before or after it.
 */
public interface HarvestFormat {

	/** The metadataPrefix harvesters ask for: {@code oai_dc}. */
	String prefix();

	/** The namespace of the format's root element. */
	String namespace();

	/** The URL of the format's XML schema. */
	String schema();

	/** The sets whose records this format can describe; the rest are not disseminated in it. */
	Set<HarvestSet> describes();

	/** Writes a published entry's metadata: only called for the sets {@link #describes()}. */
	void write(Entry entry, XMLStreamWriter xml) throws XMLStreamException;

	/** Writes a cited work's metadata: only called where {@link #describes()} has {@link HarvestSet#SOURCES}. */
	default void write(Source source, XMLStreamWriter xml) throws XMLStreamException {
		throw new UnsupportedOperationException(prefix() + " describes no cited works");
	}

}
