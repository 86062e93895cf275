package org.mirarchive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a page's markup with the Nu Html Checker, the validator behind the W3C's HTML checker,
 * and returns what it reports. It runs offline: the HTML schemas come from the checker's own jar
 * (its entity resolver falls back to one that resolves nothing), and a document is given as the bytes
 * already fetched, so nothing it reads makes it fetch anything. One checker serves a whole test class: reading the
 * schemas takes a second or two, checking a page a few milliseconds.
 */
public final class HtmlChecker {

	/** The schema the checker's command line and web service use for HTML. */
	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	/** One report: an error or a warning, where it is in the page, and what the checker says. */
	public record Message(boolean error, int line, int column, String text) {

		@Override
		public String toString() {
			return (error ? "error" : "warning") + " at " + line + ":" + column + ": " + text;
		}

	}

	private final SimpleDocumentValidator validator;

	private final List<Message> messages = new ArrayList<>();

	public HtmlChecker() {
		// No log4j set-up of its own (its calls go to the tests' logging), no addresses logged,
		// and no guessing of the text's language (the English content is marked as such).
		validator = new SimpleDocumentValidator(false, false, false);
		ErrorHandler collect = new ErrorHandler() {

			@Override
			public void warning(SAXParseException ex) {
				messages.add(new Message(false, ex.getLineNumber(), ex.getColumnNumber(), ex.getMessage()));
			}

			@Override
			public void error(SAXParseException ex) {
				messages.add(new Message(true, ex.getLineNumber(), ex.getColumnNumber(), ex.getMessage()));
			}

			@Override
			public void fatalError(SAXParseException ex) {
				error(ex);
			}

		};
		try {
			validator.setUpMainSchema(HTML_SCHEMA, collect);
			if (!messages.isEmpty()) {
				throw new IllegalStateException("The checker's schema did not load: " + messages);
			}
			// Buffered rather than streamed (a page is small); no external entities loaded.
			validator.setUpValidatorAndParsers(collect, true, false);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu Html Checker could not be set up", ex);
		}
	}

	/** Everything the checker reports on a page given as the HTML text a browser received. */
	public synchronized List<Message> check(String html) {
		messages.clear();
		try {
			validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SAXException ex) {
			throw new IllegalStateException(ex);
		}
		return List.copyOf(messages);
	}

}
