package org.mirarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.transport.Netty4Plugin;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenSearch 2.19 cluster of one or two nodes, run inside the test JVM from the Maven
 * artifacts, so that the search tests try the archive's Elasticsearch backend against a live
 * cluster on any machine: each node on free ports of 127.0.0.1 and in a folder of its own, green
 * before the first test uses it, and closed (then its folder deleted) when the JVM ends.
 * Clusters are kept by name, one of each per JVM, and each test context gets a cluster of its own,
 * since an archive's start empties and refills the indexes it finds. Needs log4j-core as log4j's
 * provider (the surefire configuration in pom.xml says so).
 */
final class OpenSearchCluster {

	/** The version Hibernate Search is told, so that it needs not ask the cluster before starting. */
	static final String VERSION = "opensearch:2.19";

	private static final Map<String, OpenSearchCluster> STARTED = new HashMap<>();

	private final List<Node> nodes;

	private final List<Integer> httpPorts;

	private OpenSearchCluster(List<Node> nodes, List<Integer> httpPorts) {
		this.nodes = nodes;
		this.httpPorts = httpPorts;
	}

	/**
	 * The cluster of that name, started with that many nodes (one or two) at its first use in this
	 * JVM; each node holds data and may manage the cluster, so on two an index's replica lies on
	 * the node that does not hold its primary.
	 */
	static synchronized OpenSearchCluster named(String name, int nodeCount) {
		OpenSearchCluster cluster = STARTED.computeIfAbsent(name, n -> start(n, nodeCount));
		if (cluster.nodes.size() != nodeCount) {
			throw new IllegalArgumentException(name + " was started with " + cluster.nodes.size() + " nodes");
		}
		return cluster;
	}

	/** Points the archive's search at this cluster, with the settings docs/deployment.md gives. */
	void pointAt(DynamicPropertyRegistry registry) {
		String prefix = "spring.jpa.properties.hibernate.search.";
		registry.add(prefix + "backend.type", () -> "elasticsearch");
		registry.add(prefix + "backend.uris", this::uris);
		registry.add(prefix + "backend.version", () -> VERSION);
		registry.add(prefix + "backend.analysis.configurer", () -> "class:" + ElasticsearchAnalysis.class.getName());
		registry.add(prefix + "schema_management.strategy", () -> "create-or-validate");
		registry.add(prefix + "indexing.plan.synchronization.strategy", () -> "sync");
	}

	/** The nodes' HTTP addresses, comma-separated, as {@code backend.uris} takes them. */
	String uris() {
		return httpPorts.stream().map(port -> "http://127.0.0.1:" + port).collect(Collectors.joining(","));
	}

	/** How many of the nodes hold a copy (primary or replica) of some shard of the index named. */
	long nodesHolding(String index) {
		var state = nodes.get(0).client().admin().cluster().prepareState().get().getState();
		return state.routingTable()
			.allShards()
			.stream()
			.filter(shard -> shard.getIndexName().startsWith(index) && shard.assignedToNode())
			.map(shard -> shard.currentNodeId())
			.distinct()
			.count();
	}

	private static OpenSearchCluster start(String name, int nodeCount) {
		if (nodeCount < 1 || nodeCount > 2) {
			throw new IllegalArgumentException("one or two nodes");
		}
		// Netty's processor count is the JVM's, once: leave it to whoever reads it first.
		System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
		String clusterName = "mir-archive-test-" + name.replaceAll("[^a-z0-9]+", "-");
		List<Node> nodes = new ArrayList<>();
		List<Integer> httpPorts = new ArrayList<>();
		String firstTransport = null;
		for (int i = 0; i < nodeCount; i++) {
			String nodeName = clusterName + "-" + (i + 1);
			int httpPort = freePort();
			int transportPort = freePort();
			Path home = temporaryFolder(nodeName);
			Settings.Builder settings = Settings.builder()
				.put("cluster.name", clusterName)
				.put("node.name", nodeName)
				.put("path.home", home.toString())
				.put("network.host", "127.0.0.1")
				.put("http.port", httpPort)
				.put("transport.port", transportPort)
				.put("node.processors", 1)
				.put("cluster.routing.allocation.disk.threshold_enabled", false);
			if (nodeCount == 1) {
				settings.put("discovery.type", "single-node");
			}
			else if (i == 0) {
				// The first node forms the cluster alone; the second finds it and joins.
				settings.put("cluster.initial_cluster_manager_nodes", nodeName);
				settings.putList("discovery.seed_hosts", List.of());
				firstTransport = "127.0.0.1:" + transportPort;
			}
			else {
				settings.putList("discovery.seed_hosts", List.of(firstTransport));
			}
			Node node = new PluginNode(settings.build());
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node, home), "close " + nodeName));
			try {
				node.start();
			}
			catch (NodeValidationException ex) {
				throw new IllegalStateException(nodeName + " did not start", ex);
			}
			nodes.add(node);
			httpPorts.add(httpPort);
		}
		var health = nodes.get(0)
			.client()
			.admin()
			.cluster()
			.prepareHealth()
			.setWaitForNodes(Integer.toString(nodeCount))
			.setWaitForGreenStatus()
			.setTimeout(org.opensearch.common.unit.TimeValue.timeValueSeconds(60))
			.get();
		if (health.isTimedOut()) {
			throw new IllegalStateException(clusterName + " did not turn green with " + nodeCount + " nodes");
		}
		return new OpenSearchCluster(List.copyOf(nodes), List.copyOf(httpPorts));
	}

	/** A port nothing listens on now (the node binds it a moment later). */
	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path temporaryFolder(String name) {
		try {
			return Files.createTempDirectory(name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Closes a node, waits until it has (closing is asynchronous), and deletes its folder. */
	private static void close(Node node, Path home) {
		try {
			node.close();
			node.awaitClose(10, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			// Closing at the JVM's end: the folder goes all the same.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try (Stream<Path> paths = Files.walk(home)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A temporary folder left behind.
		}
	}

	/**
	 * A plain node with the modules of a distribution that the archive needs: HTTP, the analysis it
	 * names, and {@code _delete_by_query} (the reindex module), with which mass indexing empties an
	 * index.
	 */
	private static final class PluginNode extends Node {

		PluginNode(Settings settings) {
			super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> settings.get("node.name")),
					List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class), true);
		}

	}

}
