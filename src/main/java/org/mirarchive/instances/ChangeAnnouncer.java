package org.mirarchive.instances;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.metamodel.Metamodel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces to the other instances what a transaction changed in the archive's content
 * ({@link ContentChanges}): just before the commit it sends one {@code NOTIFY} on the transaction's
 * own connection. PostgreSQL delivers it when, and only if, the transaction commits: no change is
 * announced that was rolled back, and none committed goes unannounced because the process died
 * between the commit and a notice sent after it. A notice that cannot be sent fails the commit.
 */
final class ChangeAnnouncer implements CommitFollower {

	private static final Logger log = LoggerFactory.getLogger(ChangeAnnouncer.class);

	/** The channel every instance listens on. */
	static final String CHANNEL = "mir_archive_changes";

	private final String instance;

	private final Metamodel entities;

	/**
	 * @param instance this instance's id
	 * @param entities the entities' names, which the notices use (the other instances know the classes by them)
	 */
	ChangeAnnouncer(String instance, Metamodel entities) {
		this.instance = instance;
		this.entities = entities;
	}

	@Override
	public Runnable beforeCommit(ContentChange change, Connection connection) throws SQLException {
		Map<String, Set<Object>> named = new TreeMap<>();
		change.entities().forEach((type, ids) -> named.put(this.entities.entity(type).getName(), ids));
		String payload = ChangeNotice.of(instance, named).payload();
		log.debug("Announcing {}", payload);
		try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
			notify.setString(1, CHANNEL);
			notify.setString(2, payload);
			notify.execute();
		}
		return NOTHING;
	}

}
