package org.mirarchive.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * A name as a picture can show it beside a node: on at most a few short lines, broken between
 * words, and shortened with an ellipsis where it is still too long (the full name is then the
 * link's accessible name and title).
 *
 * @param lines the lines shown, in order
 * @param shortened whether words were left out
 */
public record GraphLabel(List<String> lines, boolean shortened) {

	/** Wraps a name into at most {@code most} lines of at most {@code width} characters each. */
	public static GraphLabel of(String name, int width, int most) {
		List<String> lines = new ArrayList<>();
		String rest = name.strip().replaceAll("\\s+", " ");
		while (!rest.isEmpty() && lines.size() < most) {
			if (rest.length() <= width) {
				lines.add(rest);
				rest = "";
				break;
			}
			int cut = rest.lastIndexOf(' ', width);
			if (cut <= 0) {
				cut = width;
			}
			lines.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		if (rest.isEmpty()) {
			return new GraphLabel(List.copyOf(lines), false);
		}
		// The last line gives way to an ellipsis, so that it keeps within the width.
		String last = lines.remove(lines.size() - 1);
		String kept = last.length() >= width ? last.substring(0, width - 1).strip() : last;
		lines.add(kept + "…");
		return new GraphLabel(List.copyOf(lines), true);
	}

}
