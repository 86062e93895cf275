package org.mirarchive.instances;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Gathers what each transaction changes in the archive's content as Hibernate flushes it (the
 * entities inserted, updated and deleted, and the owners of collections changed) and, just before
 * the commit, tells the {@link CommitFollower}s on the transaction's own connection; once it has
 * committed, does what they asked for. A rolled-back transaction is followed by nothing.
 *
 * <p>With each entity go the entities of its own feature (its package) it points to: to-one
 * associations, two steps deep, as far as they are loaded. An index document may embed the changed
 * entity (an entry embeds its names, statements and notes), and once the entity is deleted no one
 * can read any more which entry held it. A citation's work is another feature's, and is not
 * changed by being cited. The entities that changed themselves are told apart from those that
 * only came with them ({@link ContentChange#themselves}): a new quotation brings its work, whose
 * record it leaves as it was.
 */
final class ContentChanges implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	private static final Logger log = LoggerFactory.getLogger(ContentChanges.class);

	/**
	 * Entities that are not the archive's content: accounts, logins and tokens, curators' change
	 * sets (readers see them only once published, as changes of entries) and revision records.
	 * A login would otherwise have every page forgotten, on every instance.
	 */
	private static final Set<String> NOT_CONTENT = Set.of("org.mirarchive.account.", "org.mirarchive.curation.",
			"org.mirarchive.history.");

	/** How far from a changed entity its to-one associations are followed. */
	private static final int STEPS = 2;

	private final List<CommitFollower> followers;

	/** What each open transaction has changed so far, by session (one transaction at a time each). */
	private final Map<SharedSessionContractImplementor, Gathered> pending = new ConcurrentHashMap<>();

	ContentChanges(List<CommitFollower> followers) {
		this.followers = List.copyOf(followers);
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
		if (!content(persister) || followers.isEmpty()) {
			return;
		}
		Gathered changes = pending.computeIfAbsent(session, opened -> {
			session.getTransactionCompletionCallbacks().registerCallback((BeforeCompletionCallback) this::beforeCommit);
			session.getTransactionCompletionCallbacks().registerCallback((AfterCompletionCallback) this::afterCompletion);
			return new Gathered(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
		});
		ids(changes.themselves(), persister).add(id);
		add(changes.entities(), session.getFactory(), persister, entity, id, STEPS);
	}

	private static void add(Map<Class<?>, Set<Object>> changes, SessionFactoryImplementor factory,
			EntityPersister persister, Object entity, Object id, int steps) {
		if (!content(persister) || !ids(changes, persister).add(id)) {
			return;
		}
		if (steps == 0 || entity == null || !Hibernate.isInitialized(entity)) {
			return;
		}
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < types.length; i++) {
			if (types[i] instanceof EntityType association) {
				Object other = persister.getPropertyValue(entity, i);
				EntityPersister otherPersister = factory.getMappingMetamodel()
					.getEntityDescriptor(association.getAssociatedEntityName());
				if (other != null && sameFeature(persister, otherPersister)) {
					Object otherId = factory.getPersistenceUnitUtil().getIdentifier(other);
					if (otherId != null) {
						add(changes, factory, otherPersister, other, otherId, steps - 1);
					}
				}
			}
		}
	}

	/** The ids gathered of an entity's class. */
	private static Set<Object> ids(Map<Class<?>, Set<Object>> changes, EntityPersister persister) {
		return changes.computeIfAbsent(persister.getMappedClass(),
				type -> new TreeSet<>((one, other) -> one.toString().compareTo(other.toString())));
	}

	/**
	 * Whether an entity is the archive's content: an entity class of its own (not one of the
	 * history's revision rows, which Envers maps as maps named after the entity) outside {@link #NOT_CONTENT}.
	 */
	private static boolean content(EntityPersister persister) {
		String name = persister.getEntityName();
		return name.equals(persister.getMappedClass().getName()) && NOT_CONTENT.stream().noneMatch(name::startsWith);
	}

	private static boolean sameFeature(EntityPersister one, EntityPersister other) {
		return one.getMappedClass().getPackageName().equals(other.getMappedClass().getPackageName());
	}

	/** Just before the commit, on the transaction's connection: the followers are told. */
	private void beforeCommit(SharedSessionContractImplementor session) {
		Gathered changes = pending.get(session);
		if (changes == null || changes.entities().isEmpty()) {
			return;
		}
		ContentChange change = new ContentChange(changes.entities(), changes.themselves());
		List<Runnable> then = new ArrayList<>();
		session.doWork(connection -> {
			for (CommitFollower follower : followers) {
				then.add(follower.beforeCommit(change, connection));
			}
		});
		// Registered now, not with the first change: Hibernate runs what is to be done after a
		// commit in the order it was registered, and the search index registers its writing with the
		// first change it indexes, which may come after this transaction's first change. So what the
		// followers asked for is done once the index has followed the commit (on embedded Lucene,
		// where a search sees what was written: a page rendered after the page cache forgot it never
		// shows the index as it was before the change).
		session.getTransactionCompletionCallbacks()
			.registerCallback((AfterCompletionCallback) (committed, completed) -> afterCommit(committed, then));
	}

	private void afterCompletion(boolean committed, SharedSessionContractImplementor session) {
		pending.remove(session);
	}

	private static void afterCommit(boolean committed, List<Runnable> then) {
		if (!committed) {
			return;
		}
		for (Runnable each : then) {
			try {
				each.run();
			}
			catch (RuntimeException ex) {
				// Committed already: the change stands, whatever a follower makes of it.
				log.error("Following a committed change failed", ex);
			}
		}
	}

	/**
	 * What a transaction has changed so far: the entities, with those they point to, and the entities
	 * that changed themselves ({@link ContentChange}).
	 */
	private record Gathered(Map<Class<?>, Set<Object>> entities, Map<Class<?>, Set<Object>> themselves) {
	}

}
