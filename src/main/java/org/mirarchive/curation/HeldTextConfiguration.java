package org.mirarchive.curation;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the seed article's text at start, from {@code archive.held-text.article}, so that new
 * quotations of it are checked at save. Without the file the archive runs all the same: it then
 * accepts only the quotations it already has, and says so once in its log.
 */
@Configuration(proxyBeanMethods = false)
class HeldTextConfiguration {

	private static final Logger log = LoggerFactory.getLogger(HeldTextConfiguration.class);

	/** The file is named as a plain path: Spring would read a {@code Path} parameter as a resource of the web application. */
	@Bean
	HeldText heldText(@Value("${archive.held-text.article:../shared/source/chiles-mir-about-com-2014.txt}") String file) {
		Path article = Path.of(file);
		HeldText text = HeldText.article(article);
		if (!text.holds(HeldText.ARTICLE)) {
			log.info("The seed article's text is not at {}: new quotations of it cannot be checked, so curators "
					+ "can cite only the passages the archive already quotes (archive.held-text.article).",
					article.toAbsolutePath().normalize());
		}
		return text;
	}

}
