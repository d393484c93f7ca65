package org.plenary.notifications;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.SocketFactory;

/**
 * Sockets to the mail server that send each write at once ({@code TCP_NODELAY}). Jakarta Mail leaves Nagle's
 * algorithm on: the short end of each message ({@code CRLF.CRLF}) then waits for the acknowledgement of the segment
 * before it, which the server delays by up to 40 ms because it expects more data. Every e-mail paid that wait once,
 * which made the outbox idle most of the time (docs/performance.md). Jakarta Mail creates the socket unconnected
 * and connects it with its own timeouts; TLS (STARTTLS, or {@code smtps} from the start) wraps this socket, so the
 * setting holds under TLS too.
 */
final class NoDelaySockets extends SocketFactory {

    @Override
    public Socket createSocket() throws SocketException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private Socket connected(InetSocketAddress to, InetSocketAddress from) throws IOException {
        Socket socket = createSocket();
        if (from != null) {
            socket.bind(from);
        }
        socket.connect(to);
        return socket;
    }
}
