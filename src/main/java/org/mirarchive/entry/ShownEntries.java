package org.mirarchive.entry;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Which entries the search index holds: the published ones. A withdrawn entry is taken out of
 * the index when it is withdrawn (and put back if it is restored), so no search finds it.
 */
public class ShownEntries implements RoutingBinder {

	@Override
	public void bind(RoutingBindingContext context) {
		context.dependencies().use("withdrawn");
		context.bridge(Entry.class, new Bridge());
	}

	private static final class Bridge implements RoutingBridge<Entry> {

		@Override
		public void route(DocumentRoutes routes, Object entityIdentifier, Entry entry, RoutingBridgeRouteContext context) {
			if (entry.isWithdrawn()) {
				routes.notIndexed();
			}
			else {
				routes.addRoute();
			}
		}

		@Override
		public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Entry entry,
				RoutingBridgeRouteContext context) {
			// One route whatever the entry is: wherever it was, it was there.
			routes.addRoute();
		}

	}

}
