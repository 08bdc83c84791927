package id.pantau.shared.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Receives a request's body before the request takes its turn among the writes: an upload
 * over a slow line must not hold a turn while its bytes trickle in. Uploads and form
 * posts are parsed by the servlet container (which keeps the parts and parameters); other
 * bodies are read into memory up to 1 MiB, the rest, if any, is streamed later.
 */
final class BodyFirst {

	static final int IN_MEMORY = 1024 * 1024;

	private BodyFirst() {
	}

	static HttpServletRequest receive(HttpServletRequest request) throws IOException {
		String type = (request.getContentType() != null) ? request.getContentType().toLowerCase() : "";
		if (type.startsWith("multipart/")) {
			try {
				request.getParts();
			}
			catch (RuntimeException | IOException | ServletException ex) {
				// too large or malformed (e.g. a NUL in a file name): the container keeps
				// the failure or meets it again when the application asks for the parts,
				// and the application answers it there (400 on the field)
			}
			return request;
		}
		if (type.startsWith("application/x-www-form-urlencoded")) {
			request.getParameterMap();
			return request;
		}
		if (request.getContentLengthLong() == 0) {
			return request;
		}
		InputStream body = request.getInputStream();
		return new Received(request, body.readNBytes(IN_MEMORY), body);
	}

	/** The request with its body's first bytes in memory, then the rest of the stream. */
	private static final class Received extends HttpServletRequestWrapper {

		private final InputStream body;

		Received(HttpServletRequest request, byte[] head, InputStream rest) {
			super(request);
			this.body = (head.length < IN_MEMORY) ? new ByteArrayInputStream(head)
					: new SequenceInputStream(new ByteArrayInputStream(head), rest);
		}

		@Override
		public ServletInputStream getInputStream() {
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return Received.this.body.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return Received.this.body.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					try {
						return Received.this.body.available() == 0;
					}
					catch (IOException ex) {
						return true;
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body was received already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
