package org.mirarchive.address;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page its canonical address, for the layout's {@code link rel="canonical"} and Open
 * Graph tags: the permanent URL of the page without query (a controller whose query names a
 * different page, as the timeline's filters do, puts its own). Error pages get none.
 */
@ControllerAdvice
public class PageAddresses {

	/** The model attribute the layout reads. */
	public static final String CANONICAL = "canonicalUrl";

	private final ArchiveAddresses addresses;

	PageAddresses(ArchiveAddresses addresses) {
		this.addresses = addresses;
	}

	@ModelAttribute(CANONICAL)
	String canonicalUrl(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			return null;
		}
		return addresses.absolute(request.getRequestURI().substring(request.getContextPath().length()));
	}

}
