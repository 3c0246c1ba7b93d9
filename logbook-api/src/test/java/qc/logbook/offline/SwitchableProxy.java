package qc.logbook.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the browser and the application that a test can cut and restore: a real loss of connection
 * for everything the browser sends, the service worker's own fetches included (DevTools' network emulation applies
 * to the page it is set on, not to the service worker: see OfflineBrowserTest). While cut, connections are refused,
 * as a phone with no signal fails at once.
 */
final class SwitchableProxy implements AutoCloseable {

    private final int target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    SwitchableProxy(int target) {
        this.target = target;
        this.server = bind(0);
        this.port = server.getLocalPort();
        acceptOn(server);
    }

    int port() {
        return port;
    }

    /** Refuses new connections and breaks the open ones. */
    synchronized void cut() {
        closeQuietly(server);
        open.forEach(SwitchableProxy::closeQuietly);
        open.clear();
    }

    /** Accepts connections again, on the same port (the browser's origin must not change). */
    synchronized void restore() {
        if (server.isClosed()) {
            server = bind(port);
            acceptOn(server);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private static ServerSocket bind(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void acceptOn(ServerSocket listening) {
        Thread acceptor = new Thread(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(client);
                    open.add(upstream);
                    relay(client, upstream);
                    relay(upstream, client);
                } catch (IOException e) {
                    // closed by cut(), or the application refused: the browser sees a failed connection
                }
            }
        }, "offline-test-proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void relay(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side went away: so does the other
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "offline-test-relay");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
