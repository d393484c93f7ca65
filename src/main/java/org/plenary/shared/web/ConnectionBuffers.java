package org.plenary.shared.web;

import org.apache.coyote.http11.Http11NioProtocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Smaller buffers per connection, so that one instance holds 10,000 viewers of live pages within a 1 GB heap
 * (docs/performance.md, "Live viewers"): each viewer keeps its connection, and with it Tomcat's buffers, for as long
 * as it watches. By default these are 8 KB each: the socket's read and write buffers, the response's byte buffer
 * and its character buffer (16 KB), which with the rest came to about 113 KB of heap per viewer. Here the socket's
 * buffers and the response's are {@value #BUFFER} bytes: a larger body is written in several pieces (and a response
 * that outgrows the buffer is sent in chunks), which costs a few more system calls on large downloads, nothing on
 * correctness. The request's header limit (8 KB) is unchanged.
 */
@Component
class ConnectionBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final int BUFFER = 2048;

    /** Tomcat's HTTP/1.1 protocol with a response buffer of {@value ConnectionBuffers#BUFFER} bytes, not 8 KB. */
    public static final class Protocol extends Http11NioProtocol {

        @Override
        public int getDesiredBufferSize() {
            return BUFFER;
        }
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.setProtocol(Protocol.class.getName());
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", Integer.toString(BUFFER));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(BUFFER));
        });
    }
}
