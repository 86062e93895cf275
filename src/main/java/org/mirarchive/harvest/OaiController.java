package org.mirarchive.harvest;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamException;

import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.filter.Condition;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.xml.XmlWriter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.model.Release;

/**
 * The OAI-PMH 2.0 data provider at {@code /oai}: every answer, errors included, is an OAI-PMH
 * document (errors are answered 200, as the protocol says). xoai reads the arguments, checks them
 * and writes the answer; the records come from {@link ArchiveItems}. An answer without errors says
 * when the archive last changed, so it is cached like the other pages and forgotten at a change.
 */
@RestController
class OaiController {

	static final String PATH = "/oai";

	/**
	 * As pages may be kept ({@code web.HttpCaching.PAGES}): browsers ask again each time, shared
	 * caches keep it five minutes. Set here because the answer is written before any interceptor
	 * could add it.
	 */
	private static final CacheControl CACHING = CacheControl.maxAge(Duration.ZERO)
		.sMaxAge(Duration.ofMinutes(5))
		.cachePublic();

	private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	private static final MediaType XML = new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8);

	private final HarvestedRecords records;

	private final ArchiveAddresses addresses;

	private final List<HarvestFormat> formats;

	private final Release release;

	private final String repositoryId;

	private final String repositoryName;

	private final String adminEmail;

	private final int pageSize;

	OaiController(HarvestedRecords records, ArchiveAddresses addresses, List<HarvestFormat> formats, Release release,
			@Value("${archive.oai.repository-id:}") String repositoryId,
			@Value("${archive.oai.repository-name:MIR archive}") String repositoryName,
			@Value("${archive.oai.admin-email:archive@example.org}") String adminEmail,
			@Value("${archive.oai.page-size:100}") int pageSize) {
		if (pageSize < 1) {
			throw new IllegalArgumentException("archive.oai.page-size must be at least 1");
		}
		this.records = records;
		this.addresses = addresses;
		this.formats = List.copyOf(formats);
		this.release = release;
		this.repositoryId = repositoryId.strip();
		this.repositoryName = repositoryName;
		this.adminEmail = adminEmail;
		this.pageSize = pageSize;
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> answer(HttpServletRequest request, WebRequest web) throws XMLStreamException {
		String base = addresses.base();
		ResumptionTokens tokens = new ResumptionTokens(formats.stream().map(HarvestFormat::prefix).collect(Collectors.toSet()));
		RepositoryConfiguration configuration = configuration(base, tokens);
		ArchiveItems items = new ArchiveItems(records, new RecordIdentifiers(repositoryId(base)), formats, tokens);
		Repository repository = new Repository(configuration).withItemRepository(items).withSetRepository(items);
		OAIPMH answer = new DataProvider(context(), repository).handle(daysAsSeconds(request.getParameterMap()));
		if (answer.hasErrors()) {
			// An error may stop being one (a from date reached, a record published): never kept.
			return ResponseEntity.ok().contentType(XML).cacheControl(CacheControl.noCache()).body(write(answer, configuration));
		}
		if (web.checkNotModified(release.pageChangedMillis(records.latestChange()))) {
			return null;
		}
		return ResponseEntity.ok().contentType(XML).cacheControl(CACHING).body(write(answer, configuration));
	}

	/**
	 * The arguments, with {@code from} and {@code until} given as days ({@code 2026-12-01}) written
	 * as the first and last second of those days: the protocol has every repository take days,
	 * whatever its own granularity, and xoai takes days only from repositories that give no
	 * seconds. Where one is a day and the other a second, both stay as given, and xoai answers
	 * badArgument, as the protocol says.
	 */
	static Map<String, String[]> daysAsSeconds(Map<String, String[]> arguments) {
		List<String> dates = Stream.of("from", "until")
			.filter(arguments::containsKey)
			.toList();
		boolean days = !dates.isEmpty() && dates.stream()
			.allMatch(name -> arguments.get(name).length == 1 && DAY.matcher(arguments.get(name)[0]).matches());
		if (!days) {
			return arguments;
		}
		Map<String, String[]> seconds = new LinkedHashMap<>(arguments);
		seconds.computeIfPresent("from", (name, day) -> new String[] { day[0] + "T00:00:00Z" });
		// Today's last second is still to come, and xoai refuses an until after now: now is as late.
		seconds.computeIfPresent("until", (name, day) -> new String[] { day[0].compareTo(today()) < 0
				? day[0] + "T23:59:59Z" : Instant.now().truncatedTo(ChronoUnit.SECONDS).toString() });
		return seconds;
	}

	private static String today() {
		return java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
	}

	/** The repository's own description: Identify's answer, the page size, the tokens. */
	private RepositoryConfiguration configuration(String base, ResumptionTokens tokens) {
		Instant earliest = records.earliest();
		return new RepositoryConfiguration.RepositoryConfigurationBuilder().withRepositoryName(repositoryName)
			.withBaseUrl(base + PATH)
			.withAdminEmail(adminEmail)
			.withEarliestDate(earliest.isAfter(Instant.now()) ? Instant.now() : earliest)
			.withDeleteMethod(DeletedRecord.PERSISTENT)
			.withGranularity(Granularity.Second)
			.withResumptionTokenFormat(tokens)
			.withMaxListIdentifiers(pageSize)
			.withMaxListRecords(pageSize)
			.withMaxListSets(HarvestSet.values().length)
			.build();
	}

	/** The formats offered, each shown only for the records of the sets it describes. */
	private Context context() {
		Context context = new Context();
		for (HarvestFormat format : formats) {
			Condition described = () -> item -> item instanceof HarvestedRecord record
					&& format.describes().contains(record.set());
			context.withMetadataFormat(new MetadataFormat().withPrefix(format.prefix())
				.withNamespace(format.namespace())
				.withSchemaLocation(format.schema())
				.withCondition(described));
		}
		return context;
	}

	/** The namespace of the records' identifiers: the configured one, or the archive's host. */
	private String repositoryId(String base) {
		if (!repositoryId.isEmpty()) {
			return repositoryId;
		}
		String host = URI.create(base).getHost();
		return host == null ? "localhost" : host;
	}

	private static byte[] write(OAIPMH answer, RepositoryConfiguration configuration) throws XMLStreamException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
		try (XmlWriter xml = new XmlWriter(bytes, configuration)) {
			xml.writeStartDocument("UTF-8", "1.0");
			xml.write(answer);
			xml.writeEndDocument();
			xml.flush();
		}
		return bytes.toByteArray();
	}

}
