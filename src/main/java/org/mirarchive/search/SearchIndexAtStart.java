package org.mirarchive.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;

import org.hibernate.search.engine.Version;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Builds the search index from the database when the archive starts, unless the index kept on disk
 * is known to be in step with it. Hibernate Search keeps the index in step with every change made
 * through JPA, but rows that Flyway inserts (the seed, corrections by migration) bypass JPA, and so
 * do changes made while this instance was stopped (another instance on the same PostgreSQL, a
 * restore). So: at a clean stop, after the last change this instance indexed, an {@link IndexStamp}
 * is written beside the index (on disk only: {@code local-filesystem}); a start reads and deletes
 * it at once, and skips the mass indexing only if its fingerprint is what the start sees now. Any
 * other start (no stamp, as a crash leaves it; another fingerprint; an index in memory) rebuilds
 * the index from scratch, its schema dropped and created anew. A deployment can turn this off
 * altogether ({@code archive.search.index-at-start=false}) and reindex on demand (docs/deployment.md).
 *
 * <p>Stopped while it is rebuilding the index, the archive cancels the rebuilding first (quietly:
 * no stamp is written, the next start rebuilds). The stamp is written when this bean is destroyed:
 * after the web server has stopped taking requests (a lifecycle stop, before any bean is
 * destroyed) and before the EntityManagerFactory is closed (which this bean depends on, so it is
 * destroyed after this bean).
 */
@Component
@ConditionalOnBooleanProperty(name = "archive.search.index-at-start", matchIfMissing = true)
class SearchIndexAtStart implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexAtStart.class);

	private static final String HIBERNATE_SEARCH = "spring.jpa.properties.hibernate.search.";

	private final EntityManagerFactory entityManagerFactory;

	private final boolean lucene;

	/** The index's folder, when it is kept on disk; null when it lives in memory or a cluster. */
	private final Path folder;

	/** The stamp found at start (already deleted). */
	private final Optional<String> stamped;

	/** Threads of the mass indexer still running (to wait for them when it is cancelled). */
	private final AtomicInteger indexingThreads = new AtomicInteger();

	/** Whether the index is known to be in step: found so, or rebuilt. */
	private volatile boolean inStep;

	private CompletableFuture<?> massIndexing;

	private boolean stopping;

	private String codeDigest;

	SearchIndexAtStart(EntityManagerFactory entityManagerFactory, Environment environment) {
		this.entityManagerFactory = entityManagerFactory;
		this.lucene = "lucene".equals(environment.getProperty(HIBERNATE_SEARCH + "backend.type", "lucene"));
		String root = environment.getProperty(HIBERNATE_SEARCH + "backend.directory.root");
		boolean onDisk = lucene
				&& "local-filesystem".equals(environment.getProperty(HIBERNATE_SEARCH + "backend.directory.type"))
				&& root != null && !root.isBlank();
		this.folder = onDisk ? Path.of(root) : null;
		// Taken before anything can change the index: the web server is not started yet.
		this.stamped = onDisk ? IndexStamp.take(folder) : Optional.empty();
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (stamped.isPresent()) {
			String now = fingerprintOrNull();
			if (now != null && IndexStamp.inStep(stamped, now)) {
				inStep = true;
				log.info("The search index on disk ({}) is in step with the database: not rebuilt", folder);
				return;
			}
		}
		CompletableFuture<?> indexing;
		synchronized (this) {
			if (stopping) {
				return;
			}
			indexing = Search.mapping(entityManagerFactory)
				.scope(Object.class)
				.massIndexer()
				// The index on disk may have been built by another release, with another schema.
				.dropAndCreateSchemaOnStart(lucene)
				.environment(new CountedThreads())
				.start()
				.toCompletableFuture();
			massIndexing = indexing;
		}
		try {
			indexing.get();
			inStep = true;
		}
		catch (CancellationException stoppedMeanwhile) {
			// The archive is stopping (destroy): the next start rebuilds.
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw ex;
		}
	}

	/**
	 * At a clean stop: cancels a rebuilding still running, or stamps an index known to be in step.
	 */
	@Override
	public void destroy() throws InterruptedException {
		CompletableFuture<?> indexing;
		synchronized (this) {
			stopping = true;
			indexing = massIndexing;
		}
		if (indexing != null && !indexing.isDone()) {
			indexing.cancel(true);
			long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (indexingThreads.get() > 0 && System.nanoTime() < giveUp) {
				Thread.sleep(20);
			}
			log.info("Stopped rebuilding the search index: it will be rebuilt at the next start");
			return;
		}
		if (folder == null || !inStep) {
			return;
		}
		try {
			IndexStamp.write(folder, fingerprint());
		}
		catch (Exception ex) {
			log.warn("Could not stamp the search index as in step with the database: it will be rebuilt at the next start",
					ex);
		}
	}

	private String fingerprintOrNull() {
		try {
			return fingerprint();
		}
		catch (Exception ex) {
			log.warn("Could not tell whether the search index on disk is in step with the database: rebuilding it", ex);
			return null;
		}
	}

	/** What the index is built from, as {@link IndexStamp.Fingerprint} has it, seen now. */
	String fingerprint() throws IOException {
		List<SearchIndexedEntity<?>> types = new ArrayList<>(Search.mapping(entityManagerFactory).allIndexedEntities());
		types.sort(Comparator.comparing(SearchIndexedEntity::jpaName));
		IndexStamp.Fingerprint fingerprint = new IndexStamp.Fingerprint();
		EntityManager entityManager = entityManagerFactory.createEntityManager();
		try {
			for (SearchIndexedEntity<?> type : types) {
				boolean dated = entityManagerFactory.getMetamodel()
					.entity(type.javaClass())
					.getAttributes()
					.stream()
					.map(Attribute::getName)
					.anyMatch("lastChanged"::equals);
				String name = type.jpaName();
				if (dated) {
					Object[] row = entityManager
						.createQuery("select count(e), max(e.lastChanged) from " + name + " e", Object[].class)
						.getSingleResult();
					fingerprint.type(name, ((Number) row[0]).longValue(), instant(row[1]));
				}
				else {
					Long rows = entityManager.createQuery("select count(e) from " + name + " e", Long.class)
						.getSingleResult();
					fingerprint.type(name, rows, null);
				}
			}
			Object[] history = (Object[]) entityManager
				.createNativeQuery("select count(*), max(\"installed_rank\"), sum(\"checksum\") from \"flyway_schema_history\"")
				.getSingleResult();
			fingerprint.migrations(((Number) history[0]).longValue(), number(history[1]), number(history[2]));
		}
		finally {
			entityManager.close();
		}
		return fingerprint.code(codeDigest(types)).text();
	}

	private static Object instant(Object value) {
		if (value instanceof OffsetDateTime when) {
			return when.toInstant();
		}
		if (value instanceof TemporalAccessor when) {
			return when.toString();
		}
		return value;
	}

	private static Object number(Object value) {
		return value instanceof Number number ? number.longValue() : value;
	}

	/**
	 * A digest of the code the index's shape depends on: the class files of the indexed entities'
	 * packages that use Hibernate Search's mapping (the entities, what they embed, their bridges),
	 * every class of this package (the analysis configurer, the queries), and the versions of
	 * Hibernate Search and Lucene. Read once: the code does not change while the archive runs.
	 */
	private synchronized String codeDigest(List<SearchIndexedEntity<?>> types) throws IOException {
		if (codeDigest == null) {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
					SearchIndexAtStart.class.getClassLoader());
			Map<String, byte[]> code = new HashMap<>();
			for (SearchIndexedEntity<?> type : types) {
				classesBeside(type.javaClass(), true, resolver, code);
			}
			classesBeside(SearchIndexAtStart.class, false, resolver, code);
			code.put("hibernate-search", Version.versionString().getBytes(StandardCharsets.UTF_8));
			code.put("lucene", org.apache.lucene.util.Version.LATEST.toString().getBytes(StandardCharsets.UTF_8));
			codeDigest = IndexStamp.digest(code) + " classes=" + (code.size() - 2);
		}
		return codeDigest;
	}

	/** The class files in the same folder as the class (not another copy of its package elsewhere). */
	private static void classesBeside(Class<?> anchor, boolean onlyMapping, PathMatchingResourcePatternResolver resolver,
			Map<String, byte[]> into) throws IOException {
		String packageFolder = anchor.getPackageName().replace('.', '/');
		String own = anchor.getResource(anchor.getSimpleName() + ".class").toString();
		String folderUrl = own.substring(0, own.lastIndexOf('/') + 1);
		boolean foundItself = false;
		for (Resource resource : resolver.getResources("classpath*:" + packageFolder + "/*.class")) {
			if (!resource.getURL().toString().startsWith(folderUrl)) {
				continue;
			}
			byte[] bytes;
			try (InputStream in = resource.getInputStream()) {
				bytes = in.readAllBytes();
			}
			String name = packageFolder + "/" + resource.getFilename();
			foundItself |= name.equals(packageFolder + "/" + anchor.getSimpleName() + ".class");
			if (!onlyMapping || new String(bytes, StandardCharsets.ISO_8859_1).contains("org/hibernate/search/")) {
				into.put(name, bytes);
			}
		}
		if (!foundItself) {
			throw new IOException("Could not read the class files beside " + own);
		}
	}

	/** Counts the mass indexer's threads, so that a cancelled one can be waited for. */
	private final class CountedThreads implements MassIndexingEnvironment {

		@Override
		public void beforeExecution(Context context) {
			indexingThreads.incrementAndGet();
		}

		@Override
		public void afterExecution(Context context) {
			indexingThreads.decrementAndGet();
		}

	}

}
