package org.mirarchive.readingpath;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.mirarchive.address.SitemapPages;

/** Each reading path's page, for the sitemap (the list of paths, {@code /paths}, is among its pages already). */
@Component
class PathsInSitemap implements SitemapPages {

	private final ReadingPathRepository paths;

	PathsInSitemap(ReadingPathRepository paths) {
		this.paths = paths;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> sitemapPaths() {
		return paths.findAllByOrderByPosition().stream().map(ReadingPath::url).toList();
	}

	/** A path published or changed adds to the sitemap or changes a page it lists. */
	@Override
	public OffsetDateTime latestChange() {
		return paths.findLatestChange();
	}

}
