package org.mirarchive.instances;

import java.sql.PreparedStatement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces to the other instances what a transaction changed in the archive's content: it
 * gathers the entities inserted, updated and deleted (and the owners of collections changed) as
 * Hibernate flushes them, and just before the commit sends one {@code NOTIFY} on the transaction's
 * own connection. PostgreSQL delivers it when, and only if, the transaction commits: no change is
 * announced that was rolled back, and none committed goes unannounced because the process died
 * between the commit and a notice sent after it.
 *
 * <p>With each entity go the entities it points to (to-one associations, two steps deep, as far as
 * they are loaded): an index document may embed the changed entity (an entry embeds its names,
 * statements and notes), and once the entity is deleted the other instances can no longer read
 * which entry held it.
 */
final class ChangeAnnouncer implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	private static final Logger log = LoggerFactory.getLogger(ChangeAnnouncer.class);

	/** The channel every instance listens on. */
	static final String CHANNEL = "mir_archive_changes";

	/**
	 * Entities that are not the archive's content: accounts, logins and tokens, curators' change
	 * sets (readers see them only once published, as changes of entries) and revision records.
	 * Logins and token use would otherwise have every instance forget its pages.
	 */
	private static final Set<String> NOT_CONTENT = Set.of("org.mirarchive.account.", "org.mirarchive.curation.",
			"org.mirarchive.history.");

	/** How far from a changed entity its to-one associations are followed. */
	private static final int STEPS = 2;

	private final String instance;

	/** What each open transaction has changed so far, by session (one transaction at a time each). */
	private final Map<SharedSessionContractImplementor, Map<String, Set<Object>>> pending = new ConcurrentHashMap<>();

	ChangeAnnouncer(String instance) {
		this.instance = instance;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		changed(event.getSession(), event.getPersister(), event.getEntity(), event.getId());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		changed(event.getSession(), event.getPersister(), event.getEntity(), event.getId());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		changed(event.getSession(), event.getPersister(), event.getEntity(), event.getId());
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		ownerChanged(event);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		ownerChanged(event);
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		ownerChanged(event);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	/** A collection's owner changed with it (a statement's translations are a collection of it). */
	private void ownerChanged(AbstractCollectionEvent event) {
		Object id = event.getAffectedOwnerIdOrNull();
		if (id == null) {
			return;
		}
		EntityPersister owner = event.getFactory()
			.getMappingMetamodel()
			.getEntityDescriptor(event.getAffectedOwnerEntityName());
		changed(event.getSession(), owner, event.getAffectedOwnerOrNull(), id);
	}

	private void changed(SharedSessionContractImplementor session, EntityPersister persister, Object entity, Object id) {
		if (!content(persister)) {
			return;
		}
		Map<String, Set<Object>> changes = pending.computeIfAbsent(session, opened -> {
			Map<String, Set<Object>> gathered = new TreeMap<>();
			session.getTransactionCompletionCallbacks().registerCallback((BeforeCompletionCallback) this::announce);
			session.getTransactionCompletionCallbacks().registerCallback((AfterCompletionCallback) (success, ended) -> pending.remove(ended));
			return gathered;
		});
		add(changes, session.getFactory(), persister, entity, id, STEPS);
	}

	private static void add(Map<String, Set<Object>> changes, SessionFactoryImplementor factory,
			EntityPersister persister, Object entity, Object id, int steps) {
		if (!content(persister) || !changes.computeIfAbsent(persister.getJpaEntityName(), name -> new TreeSet<>(
				(one, other) -> one.toString().compareTo(other.toString()))).add(id)) {
			return;
		}
		if (steps == 0 || entity == null || !Hibernate.isInitialized(entity)) {
			return;
		}
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < types.length; i++) {
			if (types[i] instanceof EntityType association) {
				Object other = persister.getPropertyValue(entity, i);
				if (other != null) {
					EntityPersister otherPersister = factory.getMappingMetamodel()
						.getEntityDescriptor(association.getAssociatedEntityName());
					Object otherId = factory.getPersistenceUnitUtil().getIdentifier(other);
					if (otherId != null) {
						add(changes, factory, otherPersister, other, otherId, steps - 1);
					}
				}
			}
		}
	}

	/**
	 * Whether an entity is the archive's content: an entity class of its own (not one of the
	 * history's revision rows, which Envers maps as maps named after the entity) outside {@link #NOT_CONTENT}.
	 */
	private static boolean content(EntityPersister persister) {
		String name = persister.getEntityName();
		return name.equals(persister.getMappedClass().getName()) && NOT_CONTENT.stream().noneMatch(name::startsWith);
	}

	/** Just before the commit, on the transaction's connection: delivered if it commits. */
	private void announce(SharedSessionContractImplementor session) {
		Map<String, Set<Object>> changes = pending.get(session);
		if (changes == null || changes.isEmpty()) {
			return;
		}
		String payload = ChangeNotice.of(instance, changes).payload();
		log.debug("Announcing {}", payload);
		session.doWork(connection -> {
			try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
				notify.setString(1, CHANNEL);
				notify.setString(2, payload);
				notify.execute();
			}
		});
	}

}
