package org.mirarchive.model;

import java.util.regex.Pattern;

import com.github.slugify.Slugify;

/**
 * The last part of an entry's permanent URL: lowercase ASCII words joined by hyphens, accents
 * folded ("Miguel Enríquez" becomes {@code miguel-enriquez}). Once published, a slug never changes.
 */
public final class Slug {

	private static final Pattern FORM = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final Slugify SLUGIFY = Slugify.builder().lowerCase(true).build();

	private Slug() {
	}

	/** The slug for a name. */
	public static String of(String name) {
		return SLUGIFY.slugify(name.replace("'", "").replace("\u2019", ""));
	}

	/** Whether the text has the form of a slug, so that it can stand in a URL as it is. */
	public static boolean isValid(String slug) {
		return slug != null && slug.length() <= 160 && FORM.matcher(slug).matches();
	}

}
