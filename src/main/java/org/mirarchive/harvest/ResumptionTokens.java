package org.mirarchive.harvest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.Request;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.verbs.Verb;
import io.gdcc.xoai.services.api.ResumptionTokenFormat;
import io.gdcc.xoai.services.impl.SimpleResumptionTokenFormat;

/**
 * The resumption tokens of one request: xoai's own (the list's arguments and how many records the
 * harvester has had, which the answer gives as its {@code cursor}) and the {@link HarvestedRecords.Key}
 * of the last record given ({@code after::e1234} for an entry, {@code after::s56} for a cited work),
 * in base64. The next page is read after that key, never at a position, so that what changes
 * meanwhile moves nothing in the list. A token that is not one of ours, is empty, has no position,
 * key or format, names a format not offered, or comes with a verb whose lists never need one
 * (ListSets: the sets fit in one answer) is a {@code badResumptionToken}, never a server error.
 *
 * <p>One instance a request: it keeps the key each token it read carries, for {@link ArchiveItems}
 * to resume after, and the key the answer's list stopped at, for the token it writes.
 */
final class ResumptionTokens implements ResumptionTokenFormat {

	private static final Pattern AFTER = Pattern.compile("after::([es])([0-9]{1,18})");

	private final ResumptionTokenFormat tokens = new SimpleResumptionTokenFormat().withGranularity(Granularity.Second);

	private final Set<String> prefixes;

	/** The key each token read or to be written carries. */
	private final Map<ResumptionToken.Value, HarvestedRecords.Key> keys = new HashMap<>();

	ResumptionTokens(Set<String> prefixes) {
		this.prefixes = prefixes;
	}

	/** The key a token read from the request carries; empty for a list's first page. */
	Optional<HarvestedRecords.Key> after(ResumptionToken.Value token) {
		return Optional.ofNullable(keys.get(token));
	}

	/** Makes the token written for a value carry the key of the last record given. */
	void resume(ResumptionToken.Value next, HarvestedRecords.Key after) {
		keys.put(next, after);
	}

	@Override
	public ResumptionTokenFormat withGranularity(Granularity granularity) {
		tokens.withGranularity(granularity);
		return this;
	}

	@Override
	public String format(ResumptionToken.Value value) {
		HarvestedRecords.Key after = keys.get(value);
		if (after == null) {
			throw new IllegalStateException("No key to resume after for " + value);
		}
		String arguments = new String(Base64.getDecoder().decode(tokens.format(value)), StandardCharsets.UTF_8);
		return Base64.getEncoder()
			.encodeToString((arguments + "|after::" + (after.source() ? "s" : "e") + after.id()).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public ResumptionToken.Value parse(String value) throws BadResumptionTokenException {
		ResumptionToken.Value parsed;
		HarvestedRecords.Key after = null;
		try {
			List<String> arguments = new ArrayList<>();
			for (String part : new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8).split("\\|", -1)) {
				Matcher key = AFTER.matcher(part);
				if (key.matches() && after == null) {
					after = new HarvestedRecords.Key("s".equals(key.group(1)), Long.parseLong(key.group(2)));
				}
				else {
					arguments.add(part);
				}
			}
			parsed = after == null ? null : tokens.parse(Base64.getEncoder()
				.encodeToString(String.join("|", arguments).getBytes(StandardCharsets.UTF_8)));
		}
		catch (RuntimeException | BadResumptionTokenException ex) {
			throw new BadResumptionTokenException("The resumption token is not one this archive wrote");
		}
		if (parsed == null || !parsed.hasOffset() || parsed.getOffset() <= 0 || !parsed.hasMetadataPrefix()
				|| !prefixes.contains(parsed.getMetadataPrefix())) {
			throw new BadResumptionTokenException("The resumption token is not one this archive wrote");
		}
		keys.put(parsed, after);
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
