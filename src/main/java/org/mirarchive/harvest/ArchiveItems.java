package org.mirarchive.harvest;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.gdcc.xoai.dataprovider.exceptions.handler.HandlerException;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import io.gdcc.xoai.model.oaipmh.Error;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;

/**
 * The archive's records and sets as xoai asks for them, for one request: lists a page's length at a
 * time from {@link HarvestedRecords}, after the record the request's token stopped at, narrowed to
 * the asked set and to the sets the asked format describes, and by when the records last changed;
 * and tells {@link ResumptionTokens} where the answer's list stopped.
 */
final class ArchiveItems implements ItemRepository, SetRepository {

	private final HarvestedRecords records;

	private final RecordIdentifiers identifiers;

	private final Map<String, HarvestFormat> formats;

	private final ResumptionTokens tokens;

	ArchiveItems(HarvestedRecords records, RecordIdentifiers identifiers, List<HarvestFormat> formats,
			ResumptionTokens tokens) {
		this.records = records;
		this.identifiers = identifiers;
		this.tokens = tokens;
		this.formats = formats.stream().collect(Collectors.toMap(HarvestFormat::prefix, format -> format));
	}

	@Override
	public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
		return find(identifier, null);
	}

	@Override
	public Item getItem(String identifier, MetadataFormat format) throws HandlerException {
		return find(identifier, formats.get(format.getPrefix()));
	}

	private HarvestedRecord find(String identifier, HarvestFormat format) throws IdDoesNotExistException {
		return identifiers.parse(identifier)
			.flatMap(address -> records.find(address, identifiers, format))
			.orElseThrow(() -> new IdDoesNotExistException("No record has the identifier " + identifier));
	}

	@Override
	public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format,
			int length, ResumptionToken.Value token) throws HandlerException {
		return page(token, list(format, length, token, false));
	}

	@Override
	public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int length,
			ResumptionToken.Value token) throws HandlerException {
		return page(token, list(format, length, token, true));
	}

	/**
	 * A page, its token resuming after its last record. The token's offset counts the records the
	 * harvester has had (the answer's {@code cursor}); where the list resumes is the key alone.
	 */
	private <T> ResultsPage<T> page(ResumptionToken.Value token, HarvestedRecords.Listing listing)
			throws HandlerException {
		List<HarvestedRecord> list = listing.records();
		if (list.isEmpty() && listing.total() > 0) {
			// A token made up, or every record after its key has since left the list.
			throw new StaleToken("The resumption token points past the end of the list");
		}
		if (listing.more()) {
			tokens.resume(token.next(list.size()), listing.last());
		}
		@SuppressWarnings("unchecked")
		List<T> records = (List<T>) list;
		return new ResultsPage<>(token, listing.more(), records, Math.toIntExact(listing.total()));
	}

	private HarvestedRecords.Listing list(MetadataFormat format, int length, ResumptionToken.Value token,
			boolean withMetadata) {
		HarvestFormat writer = formats.get(format.getPrefix());
		return records.list(selection(format, token), tokens.after(token).orElse(null), length, identifiers,
				withMetadata ? writer : null);
	}

	/** The sets asked for (all where none is), as far as the format describes them. */
	private HarvestedRecords.Selection selection(MetadataFormat format, ResumptionToken.Value token) {
		Set<HarvestSet> sets = EnumSet.copyOf(formats.get(format.getPrefix()).describes());
		if (token.hasSetSpec()) {
			sets.retainAll(HarvestSet.fromSpec(token.getSetSpec()).map(EnumSet::of).orElseGet(() -> EnumSet.noneOf(HarvestSet.class)));
		}
		return new HarvestedRecords.Selection(sets, token.getFrom(), token.getUntil());
	}

	@Override
	public boolean supportSets() {
		return true;
	}

	@Override
	public List<io.gdcc.xoai.dataprovider.model.Set> getSets() {
		return Arrays.stream(HarvestSet.values())
			.map(set -> new io.gdcc.xoai.dataprovider.model.Set(set.spec()).withName(set.displayName()))
			.toList();
	}

	@Override
	public boolean exists(String setSpec) {
		return HarvestSet.fromSpec(setSpec).isPresent();
	}

	/** A resumption token that does not point into its list: badResumptionToken, as the protocol says. */
	static final class StaleToken extends HandlerException {

		StaleToken(String message) {
			super(message);
		}

		@Override
		public Error.Code getErrorCode() {
			return Error.Code.BAD_RESUMPTION_TOKEN;
		}

	}

}
