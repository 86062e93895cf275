package org.mirarchive.instances;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Hears the other instances' notices: a connection of its own (not one of the pool's) that
 * {@code LISTEN}s on {@link ChangeAnnouncer#CHANNEL}, read by a daemon thread that waits a second
 * at a time for notifications, so that it stops within a second when the application does. A
 * notice from another instance becomes an {@link ArchiveChangedElsewhere}; this instance's own are
 * ignored. When the connection breaks (the database restarted, the network failed) it connects
 * again, a little later each time up to {@link #MOST_WAIT}; notices sent meanwhile were lost, so
 * once listening again it tells this instance that anything may have changed.
 */
final class ChangeListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);

	/** How long one wait for notifications lasts, and so how long stopping may take. */
	private static final int WAIT_MILLIS = 1000;

	/** After this long without a notification, a query checks that the connection still answers. */
	private static final Duration QUIET = Duration.ofSeconds(30);

	private static final Duration FIRST_WAIT = Duration.ofMillis(200);

	private static final Duration MOST_WAIT = Duration.ofSeconds(30);

	private final String url;

	private final Properties credentials;

	private final String instance;

	private final EntityManagerFactory entityManagerFactory;

	private final Consumer<ArchiveChangedElsewhere> followers;

	private volatile boolean running;

	private volatile Thread thread;

	private volatile Connection connection;

	ChangeListener(String url, String username, String password, String instance,
			EntityManagerFactory entityManagerFactory, Consumer<ArchiveChangedElsewhere> followers) {
		this.url = url;
		this.credentials = new Properties();
		if (username != null) {
			credentials.setProperty("user", username);
		}
		if (password != null) {
			credentials.setProperty("password", password);
		}
		// Found in pg_stat_activity by what it is (and by a test that cuts it).
		credentials.setProperty("ApplicationName", "mir-archive-listener-" + instance);
		this.instance = instance;
		this.entityManagerFactory = entityManagerFactory;
		this.followers = followers;
	}

	/** A new instance's id: the others know its notices by it. */
	static String newInstanceId() {
		return UUID.randomUUID().toString().substring(0, 13);
	}

	@Override
	public void start() {
		running = true;
		Thread listening = new Thread(this::listen, "archive-change-listener");
		listening.setDaemon(true);
		thread = listening;
		listening.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread listening = thread;
		if (listening != null) {
			// Out of a wait before connecting again; a wait for notifications ends within a second.
			listening.interrupt();
			try {
				listening.join(WAIT_MILLIS * 5L);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Whether the listener's connection is open and listening. */
	boolean listening() {
		return connection != null;
	}

	/** This instance's id, as its notices and its listening connection's application name carry it. */
	String instance() {
		return instance;
	}

	private void listen() {
		boolean listenedBefore = false;
		Duration wait = FIRST_WAIT;
		while (running) {
			try (Connection listening = DriverManager.getConnection(url, credentials)) {
				try (Statement statement = listening.createStatement()) {
					statement.execute("LISTEN " + ChangeAnnouncer.CHANNEL);
				}
				connection = listening;
				wait = FIRST_WAIT;
				if (listenedBefore) {
					log.info("Listening again for the other instances' changes: this one may have missed some, "
							+ "so it forgets every page and reindexes");
					follow(ArchiveChangedElsewhere.anything());
				}
				listenedBefore = true;
				hear(listening);
			}
			catch (SQLException ex) {
				if (running) {
					log.warn("Not listening for the other instances' changes ({}); again in {} ms", ex.getMessage(),
							wait.toMillis());
				}
			}
			finally {
				connection = null;
			}
			if (running) {
				sleep(wait);
				wait = wait.multipliedBy(2).compareTo(MOST_WAIT) > 0 ? MOST_WAIT : wait.multipliedBy(2);
			}
		}
	}

	private void hear(Connection listening) throws SQLException {
		PGConnection notices = listening.unwrap(PGConnection.class);
		long heard = System.nanoTime();
		while (running) {
			PGNotification[] notifications = notices.getNotifications(WAIT_MILLIS);
			if (notifications != null && notifications.length > 0) {
				heard = System.nanoTime();
				for (PGNotification notification : notifications) {
					heard(ChangeNotice.parse(notification.getParameter()));
				}
			}
			else if (System.nanoTime() - heard > QUIET.toNanos()) {
				// A connection silently dropped (by a firewall, say) would wait forever otherwise.
				try (Statement statement = listening.createStatement()) {
					statement.execute("select 1");
				}
				heard = System.nanoTime();
			}
		}
	}

	private void heard(ChangeNotice notice) {
		log.debug("Heard {}", notice);
		if (notice.instance().equals(instance)) {
			return;
		}
		follow(notice.everything() ? ArchiveChangedElsewhere.anything() : changed(notice));
	}

	/** The notice's entities by class and typed id; anything may have changed if one cannot be read. */
	private ArchiveChangedElsewhere changed(ChangeNotice notice) {
		Map<String, EntityType<?>> types = new HashMap<>();
		entityManagerFactory.getMetamodel().getEntities().forEach(type -> types.put(type.getName(), type));
		Map<Class<?>, Set<Object>> entities = new HashMap<>();
		for (Map.Entry<String, Set<String>> named : notice.changed().entrySet()) {
			EntityType<?> type = types.get(named.getKey());
			if (type == null) {
				log.warn("A notice names {}, which is no entity here: anything may have changed", named.getKey());
				return ArchiveChangedElsewhere.anything();
			}
			Set<Object> ids = entities.computeIfAbsent(type.getJavaType(), any -> new HashSet<>());
			for (String id : named.getValue()) {
				Object typed = id(type.getIdType().getJavaType(), id);
				if (typed == null) {
					log.warn("A notice names {} {}, which is no id here: anything may have changed", named.getKey(), id);
					return ArchiveChangedElsewhere.anything();
				}
				ids.add(typed);
			}
		}
		return new ArchiveChangedElsewhere(entities, false);
	}

	private static Object id(Class<?> type, String id) {
		try {
			if (type == Long.class || type == long.class) {
				return Long.valueOf(id);
			}
			if (type == Integer.class || type == int.class) {
				return Integer.valueOf(id);
			}
			if (type == String.class) {
				return id;
			}
			if (type == UUID.class) {
				return UUID.fromString(id);
			}
		}
		catch (IllegalArgumentException unreadable) {
			// then anything may have changed
		}
		return null;
	}

	/** Runs this instance's followers; one failing is logged, and the listener goes on. */
	private void follow(ArchiveChangedElsewhere change) {
		try {
			followers.accept(change);
		}
		catch (RuntimeException ex) {
			log.error("Could not follow a change made by another instance: {}", change, ex);
		}
	}

	private static void sleep(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
