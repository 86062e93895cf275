package org.mirarchive.browser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that the element with the keyboard focus shows it (WCAG 2.4.7): a solid outline at
 * least 2 px wide whose colour stands out from what is behind it by at least 3:1 (WCAG 1.4.11).
 */
final class FocusRing {

	/**
	 * The focused element's outline, the first opaque background behind it (white if none),
	 * whether it is the given element, and what it is: one round trip per key press.
	 */
	private static final String OUTLINE = """
			const focused = document.activeElement;
			const style = getComputedStyle(focused);
			let behind = 'rgb(255, 255, 255)';
			for (let e = focused.parentElement; e; e = e.parentElement) {
			  const background = getComputedStyle(e).backgroundColor;
			  if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') { behind = background; break; }
			}
			return [style.outlineStyle, style.outlineWidth, style.outlineColor, behind, focused === arguments[0],
			    '<' + focused.tagName.toLowerCase() + '> ' + (focused.getAttribute('href') || focused.textContent.trim())];
			""";

	private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

	private FocusRing() {
	}

	/** Asserts that the focused element shows its focus; returns whether it is {@code target}. */
	static boolean assertVisible(Chromium chromium, WebElement target) {
		List<Object> outline = chromium.script(OUTLINE, target);
		String what = "focus ring of " + outline.get(5);
		assertThat((String) outline.get(0)).as(what).isIn("solid", "double", "dashed", "dotted", "auto");
		assertThat(Double.parseDouble(((String) outline.get(1)).replace("px", ""))).as(what + ": width")
			.isGreaterThanOrEqualTo(2);
		String colour = (String) outline.get(2);
		String behind = (String) outline.get(3);
		assertThat(contrast(colour, behind)).as(what + ": contrast of %s on %s", colour, behind).isGreaterThanOrEqualTo(3.0);
		return (Boolean) outline.get(4);
	}

	/** Asserts that the focused element shows its focus. */
	static void assertVisible(Chromium chromium) {
		assertVisible(chromium, null);
	}

	/** The WCAG contrast ratio of two CSS rgb() colours. */
	static double contrast(String a, String b) {
		double first = luminance(a);
		double second = luminance(b);
		return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
	}

	private static double luminance(String colour) {
		Matcher rgb = RGB.matcher(colour);
		assertThat(rgb.find()).as("an rgb() colour: %s", colour).isTrue();
		double[] channels = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(rgb.group(i + 1)) / 255.0;
			channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
	}

}
