package org.mirarchive.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * How Tomcat writes responses to the network. Its buffer between a response and the socket is
 * 8 KB by default, so a page of 15 to 40 KB went out in three to five writes to the socket; with
 * 32 KB most pages go out in one. Measured with {@code bench/run} on 2 cores: an entry page kept
 * in memory went from about 43,000 to 58,000 requests a second (docs/performance.md).
 */
@Component
class TomcatConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	static final int WRITE_BUFFER = 32 * 1024;

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(
				connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER)));
	}

}
