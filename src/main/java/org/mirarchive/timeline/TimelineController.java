package org.mirarchive.timeline;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.address.PageAddresses;
import org.mirarchive.entry.EntryRepository;
import org.mirarchive.model.Paging;
import org.mirarchive.model.Release;

/**
 * {@code /timeline}: dated events in order, then those the sources leave undated, a page at a
 * time ({@code /timeline?page=2}); narrowed, in a link a teacher can share, to the events a person
 * or an organization took part in and to a date range ({@link TimelineFilter}), which the
 * database applies ({@link Timeline}). A filter that cannot be applied gets a page that says why
 * (400), never an error.
 */
@Controller
class TimelineController {

	private final Timeline timeline;

	private final EntryRepository entries;

	private final ArchiveAddresses addresses;

	private final Release release;

	TimelineController(Timeline timeline, EntryRepository entries, ArchiveAddresses addresses, Release release) {
		this.timeline = timeline;
		this.entries = entries;
		this.addresses = addresses;
		this.release = release;
	}

	/**
	 * The filter is bound from the query alone: a form object ({@code @ModelAttribute}) would
	 * also be bound from request headers, so a request with a {@code To: 1960} header would get,
	 * and a cache keep under the plain address, a narrowed timeline.
	 */
	@GetMapping("/timeline")
	String timeline(@RequestParam(name = "person", required = false) String person,
			@RequestParam(name = "organization", required = false) String organization,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "page", required = false) String page, Model model, Locale locale,
			WebRequest request, HttpServletResponse response) {
		Paging paging = Paging.parse(page).orElseThrow(TimelineController::notFound);
		Timeline.Checked checked = timeline.check(new TimelineFilter(person, organization, from, to));
		if (!checked.applies()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("timeline", timeline.refusal(checked, locale));
			model.addAttribute(PageAddresses.CANONICAL, addresses.absolute("/timeline"));
			return "timeline";
		}
		// Any view of the timeline is as new as the newest entry (an unchanged one is a 304).
		if (request.checkNotModified(release.pageChangedMillis(entries.findLatestChange()))) {
			return null;
		}
		model.addAttribute("timeline",
				timeline.page(checked.query(), paging, locale).orElseThrow(TimelineController::notFound));
		model.addAttribute(PageAddresses.CANONICAL, addresses.absolute(checked.query().filter().path()));
		return "timeline";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
