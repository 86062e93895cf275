package org.mirarchive.harvest;

import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.mirarchive.authority.EacCpfRecords;
import org.mirarchive.entry.Entry;

/**
 * EAC-CPF 2.0 ({@code eac-cpf}) for people and organizations: the authority record the archive
 * serves at {@code /people/{slug}.xml} ({@link EacCpfRecords}), as a harvester gets it in a record's
 * {@code <metadata>}. Other kinds of entry, and cited works, are not disseminated in it.
 */
@Component
@Order(1)
class AuthorityFormat implements HarvestFormat {

	/** Where the Society of American Archivists keeps the schema (its maintainers' repository). */
	static final String SCHEMA = "https://raw.githubusercontent.com/SAA-SDT/eac-cpf-schema/master/xml-schemas/eac-cpf/eac.xsd";

	private final EacCpfRecords records;

	AuthorityFormat(EacCpfRecords records) {
		this.records = records;
	}

	@Override
	public String prefix() {
		return "eac-cpf";
	}

	@Override
	public String namespace() {
		return EacCpfRecords.NAMESPACE;
	}

	@Override
	public String schema() {
		return SCHEMA;
	}

	@Override
	public Set<HarvestSet> describes() {
		return Set.of(HarvestSet.PEOPLE, HarvestSet.ORGANIZATIONS);
	}

	@Override
	public void write(Entry entry, XMLStreamWriter xml) throws XMLStreamException {
		if (!records.write(entry.getKind(), entry.getSlug(), xml)) {
			throw new IllegalStateException("No authority record for " + entry.url());
		}
	}

}
