package org.mirarchive.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Passes a response through unchanged while keeping a copy of its bytes (up to a limit), so that
 * the {@link PageCache} can keep the page and the first reader of it does not wait for it to be
 * copied. (Spring's {@code ContentCachingResponseWrapper} holds the whole body back until the end,
 * without a limit, including the whole-archive download, which is answered later on this response.)
 */
final class PageRecorder extends HttpServletResponseWrapper {

	private final ByteArrayOutputStream copy = new ByteArrayOutputStream(32 * 1024);

	private final long limit;

	private boolean overflowed;

	private ServletOutputStream stream;

	private PrintWriter writer;

	PageRecorder(HttpServletResponse response, long limit) {
		super(response);
		this.limit = limit;
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (this.writer != null) {
			throw new IllegalStateException("getWriter() has already been called");
		}
		if (this.stream == null) {
			this.stream = new Tee(super.getOutputStream());
		}
		return this.stream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer == null) {
			if (this.stream != null) {
				throw new IllegalStateException("getOutputStream() has already been called");
			}
			this.stream = new Tee(super.getOutputStream());
			Charset charset = Charset.forName(getCharacterEncoding());
			this.writer = new PrintWriter(new OutputStreamWriter(this.stream, charset));
		}
		return this.writer;
	}

	@Override
	public void flushBuffer() throws IOException {
		if (this.writer != null) {
			this.writer.flush();
		}
		super.flushBuffer();
	}

	/** Passes the rest of the response through without keeping a copy. */
	void stopCopying() {
		this.overflowed = true;
	}

	/** The page the response served, or null if it was too large or may not be served to anyone else. */
	KeptPage page() {
		if (this.writer != null) {
			this.writer.flush();
		}
		return this.overflowed ? null : KeptPage.of((HttpServletResponse) getResponse(), this.copy.toByteArray());
	}

	/** Writes to the response and, until the limit, to the copy. */
	private final class Tee extends ServletOutputStream {

		private final ServletOutputStream out;

		Tee(ServletOutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			keep(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
			keep(bytes, offset, length);
		}

		private void keep(byte[] bytes, int offset, int length) {
			if (PageRecorder.this.overflowed) {
				return;
			}
			if (PageRecorder.this.copy.size() + length > PageRecorder.this.limit) {
				PageRecorder.this.overflowed = true;
				PageRecorder.this.copy.reset();
				return;
			}
			PageRecorder.this.copy.write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			this.out.flush();
		}

		@Override
		public boolean isReady() {
			return this.out.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.out.setWriteListener(listener);
		}

	}

}
