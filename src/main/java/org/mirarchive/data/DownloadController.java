package org.mirarchive.data;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /download/mir-archive.zip}: the whole archive as JSON and CSV, linked from the home page. */
@Controller
class DownloadController {

	private final ArchiveDownload download;

	DownloadController(ArchiveDownload download) {
		this.download = download;
	}

	@GetMapping("/download/" + ArchiveDownload.FILE_NAME)
	ResponseEntity<byte[]> zip(Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(ArchiveDownload.FILE_NAME).build().toString())
			.body(download.zip(locale));
	}

}
