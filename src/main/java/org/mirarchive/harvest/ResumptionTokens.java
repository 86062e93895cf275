package org.mirarchive.harvest;

import java.util.Optional;
import java.util.Set;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.Request;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.verbs.Verb;
import io.gdcc.xoai.services.api.ResumptionTokenFormat;
import io.gdcc.xoai.services.impl.SimpleResumptionTokenFormat;

/**
 * The resumption tokens: xoai's own (the list's arguments and the position reached, in base64),
 * accepted only as this archive writes them. A token that is not one of ours, is empty, has no
 * position or format, names a format not offered, or comes with a verb whose lists never need one
 * (ListSets: the sets fit in one answer) is a {@code badResumptionToken}, never a server error.
 */
final class ResumptionTokens implements ResumptionTokenFormat {

	private final ResumptionTokenFormat tokens = new SimpleResumptionTokenFormat().withGranularity(Granularity.Second);

	private final Set<String> prefixes;

	ResumptionTokens(Set<String> prefixes) {
		this.prefixes = prefixes;
	}

	@Override
	public ResumptionTokenFormat withGranularity(Granularity granularity) {
		tokens.withGranularity(granularity);
		return this;
	}

	@Override
	public String format(ResumptionToken.Value value) {
		return tokens.format(value);
	}

	@Override
	public ResumptionToken.Value parse(String value) throws BadResumptionTokenException {
		ResumptionToken.Value parsed;
		try {
			parsed = tokens.parse(value);
		}
		catch (RuntimeException ex) {
			throw new BadResumptionTokenException("The resumption token is not one this archive wrote");
		}
		if (parsed == null || !parsed.hasOffset() || parsed.getOffset() <= 0 || !parsed.hasMetadataPrefix()
				|| !prefixes.contains(parsed.getMetadataPrefix())) {
			throw new BadResumptionTokenException("The resumption token is not one this archive wrote");
		}
		return parsed;
	}

	@Override
	public Optional<ResumptionToken.Value> parse(Request request) throws BadResumptionTokenException {
		if (request.getResumptionToken().isPresent() && request.getType().orElse(null) == Verb.Type.ListSets) {
			throw new BadResumptionTokenException("The list of sets is never resumed");
		}
		return ResumptionTokenFormat.super.parse(request);
	}

}
