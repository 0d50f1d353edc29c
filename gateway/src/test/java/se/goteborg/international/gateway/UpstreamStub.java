package se.goteborg.international.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP service standing in for one of the platform's services: records what reaches it and
 * answers by the last path segment — {@code slow} (after 3 s), {@code busy} (after 0.2 s: long enough for 40 to overlap, well inside the test's 1 s timeout on a loaded machine), {@code unavailable} (503),
 * {@code broken} (500), anything else 200 with its own name.
 */
final class UpstreamStub {

    record Received(String method, String path, String query, String requestId, String body, String traceParent,
                    String authorization) {
    }

    private final String name;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    static {
        // as Tomcat does in the services: without it the stub's second write (the body) waits for the
        // gateway's delayed ACK, 40 ms per request on Linux
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private UpstreamStub(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, name + "-stub");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads); // slow answers must not hold up the others
        server.createContext("/", this::handle);
        server.start();
    }

    static UpstreamStub start(String name) {
        try {
            return new UpstreamStub(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An address where nothing listens: a service that is down. */
    static String deadUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The Authorization header of the last request that reached {@code path}. */
    String authorizationAt(String path) {
        List<Received> all = receivedAt(path);
        return all.isEmpty() ? null : all.get(all.size() - 1).authorization();
    }

    List<Received> receivedAt(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("X-Request-Id"), body,
                    exchange.getRequestHeaders().getFirst("traceparent"),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (last.startsWith("slow")) {
                sleep(3_000);
            } else if (last.startsWith("busy")) {
                sleep(200);
            }
            int status = last.startsWith("unavailable") ? 503 : last.startsWith("broken") ? 500 : 200;
            byte[] answer = ("{\"servedBy\":\"" + name + "\",\"status\":" + status + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
            if (requestId != null) { // as the services' RequestIdFilter does
                exchange.getResponseHeaders().set("X-Request-Id", requestId);
            }
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (IOException e) {
            // the gateway gave up on a slow answer and closed the connection: expected
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
