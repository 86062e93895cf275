package org.mirarchive.address;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Pages a feature serves at addresses of its own ({@code /paths/the-article-step-by-step}), which
 * the sitemap lists beside the entries and works. The sitemap collects every bean of this type, so
 * that it depends on no feature and a feature needs no sitemap of its own.
 */
public interface SitemapPages {

	/** The pages' paths on the site, in the order they are best listed. */
	List<String> sitemapPaths();

	/**
	 * When the feature's own records last changed (a reading path's title or steps), or null where
	 * nothing but entries and works changes its pages: the sitemap lists its pages as that new.
	 */
	default OffsetDateTime latestChange() {
		return null;
	}

}
