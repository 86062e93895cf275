package org.mirarchive.data;

import java.nio.file.Path;
import java.util.Arrays;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The portable backup from the command line: {@code --archive.export=backup.zip} writes it,
 * {@code --archive.import=backup.zip} imports it into a new archive; then the archive stops
 * (docs/deployment.md, "Portable backup"). Started as a command the archive serves no pages
 * ({@link #asked}). A refused import ends the start with the reason, and nothing changed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PortableBackupCommand implements ApplicationRunner {

	static final String EXPORT = "archive.export";

	static final String IMPORT = "archive.import";

	private final PortableBackup backup;

	private final Environment environment;

	PortableBackupCommand(PortableBackup backup, Environment environment) {
		this.backup = backup;
		this.environment = environment;
	}

	/** Whether the command line asks for an export or an import, rather than the archive's pages. */
	public static boolean asked(String... args) {
		return Arrays.stream(args).anyMatch(a -> a.startsWith("--" + EXPORT + "=") || a.startsWith("--" + IMPORT + "="));
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		String importing = environment.getProperty(IMPORT);
		if (StringUtils.hasText(importing)) {
			backup.importFrom(Path.of(importing));
		}
		String exporting = environment.getProperty(EXPORT);
		if (StringUtils.hasText(exporting)) {
			backup.export(Path.of(exporting));
		}
	}

}
