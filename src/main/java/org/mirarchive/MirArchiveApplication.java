package org.mirarchive;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import org.mirarchive.data.PortableBackupCommand;

/** Starts the MIR archive: a cited digital history of Chile's Movimiento de Izquierda Revolucionaria. */
@SpringBootApplication
public class MirArchiveApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(MirArchiveApplication.class);
		boolean command = PortableBackupCommand.asked(args);
		if (command) {
			// An export or an import of the portable backup, then stop: no search index, and no
			// pages on the archive's port, where the archive itself may be serving (PostgreSQL).
			application.addInitializers(context -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("portable-backup", Map.of("server.port", "0", "server.address",
						"127.0.0.1", "archive.search.index-at-start", "false"))));
		}
		ConfigurableApplicationContext context = application.run(args);
		if (command) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
