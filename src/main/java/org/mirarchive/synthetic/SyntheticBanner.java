package org.mirarchive.synthetic;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the layout that the archive is the synthetic one, so that every page, error pages
 * included, carries the banner "Synthetic test archive — not history" and its own site title.
 */
@ControllerAdvice
@Profile(SyntheticArchiveConfiguration.PROFILE)
class SyntheticBanner {

	@ModelAttribute("synthetic")
	boolean synthetic() {
		return true;
	}

}
