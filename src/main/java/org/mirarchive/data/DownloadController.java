package org.mirarchive.data;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletionException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.DeferredResult;

import org.mirarchive.entry.EntryRepository;
import org.mirarchive.model.Release;
import org.mirarchive.work.SourceRepository;

/**
 * {@code /download/mir-archive.zip}: the whole archive as JSON and CSV, linked from the home page.
 * Served from the file {@link DownloadCache} keeps, with its length and when the archive last
 * changed, so that browsers and shared caches can ask whether it changed ({@code 304}) and
 * resume an interrupted download ({@code Range}).
 *
 * <p>A reader who clicks the link expects the file, not an error: while it is being built (the
 * first request after a change, about half a minute at 100,000 entries) readers wait for it,
 * without holding a request thread (the answer is asynchronous). Only past
 * {@code archive.download.wait} (50 s, under the 60 s a proxy such as nginx waits by default) do
 * they get {@code 503} with {@code Retry-After}, and the build goes on for their next try.
 */
@Controller
class DownloadController {

	/** When to try again after a 503: builds take about half a minute at 100,000 entries. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	/**
	 * As pages may be kept ({@code web.HttpCaching.PAGES}): browsers ask again each time, shared
	 * caches keep it five minutes. Set here because the file is written before any interceptor
	 * could add it.
	 */
	private static final CacheControl CACHING = CacheControl.maxAge(Duration.ZERO)
		.sMaxAge(Duration.ofMinutes(5))
		.cachePublic();

	private final DownloadCache downloads;

	private final EntryRepository entries;

	private final SourceRepository sources;

	private final Release release;

	private final Duration wait;

	DownloadController(DownloadCache downloads, EntryRepository entries, SourceRepository sources, Release release,
			@Value("${archive.download.wait:50s}") Duration wait) {
		this.downloads = downloads;
		this.entries = entries;
		this.sources = sources;
		this.release = release;
		this.wait = wait;
	}

	@GetMapping("/download/" + ArchiveDownload.FILE_NAME)
	DeferredResult<ResponseEntity<Resource>> zip(Locale locale, WebRequest request) {
		Instant changed = release.pageChanged(entries.findLatestChange(), sources.findLatestChange());
		if (request.checkNotModified(changed.toEpochMilli())) {
			return null;
		}
		DeferredResult<ResponseEntity<Resource>> answer = new DeferredResult<>(wait.toMillis());
		answer.onTimeout(() -> answer.setErrorResult(busy()));
		downloads.zip(changed, locale).whenComplete((kept, failure) -> {
			if (failure == null) {
				answer.setResult(file(kept));
			}
			else {
				Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
				answer.setErrorResult(cause instanceof DownloadCache.Busy ? busy() : cause);
			}
		});
		return answer;
	}

	private static ResponseEntity<Resource> file(DownloadCache.Kept kept) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(ArchiveDownload.FILE_NAME).build().toString())
			.lastModified(kept.changed())
			.cacheControl(CACHING)
			.body(new FileSystemResource(kept.file()));
	}

	/** The download is still being built, or waits its turn: the archive's 503 page, and when to come back. */
	private static ErrorResponseException busy() {
		ErrorResponseException busy = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE);
		busy.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
		return busy;
	}

}
