package org.mirarchive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends requests byte for byte as written, over a plain socket, for the malformed requests that
 * well-behaved clients refuse to send (raw non-UTF-8 bytes, control characters, bad request
 * lines), and reads back whatever the server answers.
 */
public final class RawHttp {

	/** The server's answer; status 0 if it closed the connection without one. */
	public record Response(int status, Map<String, String> headers, byte[] body) {

		public String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/** A request with the given method and target as written, a Host header and the extra headers. */
	public Response request(String method, String target, String... headerLines) {
		return send((method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1), headerLines);
	}

	/** A request carrying a form-encoded body. */
	public Response requestWithForm(String method, String target, String form) {
		byte[] body = form.getBytes(StandardCharsets.UTF_8);
		String head = method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n";
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
		request.writeBytes(body);
		return sendExactly(request.toByteArray());
	}

	/** A request whose first line is the given bytes (ending in CRLF), then a Host header and the extra headers. */
	public Response send(byte[] requestLine, String... headerLines) {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes(requestLine);
		StringBuilder headers = new StringBuilder("Host: localhost:" + port + "\r\nConnection: close\r\n");
		for (String line : headerLines) {
			headers.append(line).append("\r\n");
		}
		request.writeBytes(headers.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
		return sendExactly(request.toByteArray());
	}

	/** The request exactly as given, headers and all. */
	public Response sendExactly(byte[] request) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			return parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) != -1;) {
				bytes.write(buffer, 0, n);
			}
		}
		catch (SocketTimeoutException | java.net.SocketException ex) {
			// The server kept the connection open or reset it: what arrived is the answer.
		}
		return bytes.toByteArray();
	}

	private static Response parse(byte[] raw) {
		int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
		if (raw.length == 0 || end < 0) {
			return new Response(0, Map.of(), raw);
		}
		String[] head = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
		int status = Integer.parseInt(head[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < head.length; i++) {
			int colon = head[i].indexOf(':');
			headers.merge(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim(),
					(a, b) -> a + ", " + b);
		}
		byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		return new Response(status, headers, body);
	}

	private static byte[] dechunk(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int at = 0;
		while (at < chunked.length) {
			int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
			if (lineEnd < 0) {
				break;
			}
			String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
			int size = Integer.parseInt(sizeLine, 16);
			if (size == 0) {
				break;
			}
			body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
			at = lineEnd + 2 + size + 2;
		}
		return body.toByteArray();
	}

	private static int indexOf(byte[] haystack, byte[] needle, int from) {
		outer: for (int i = from; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
