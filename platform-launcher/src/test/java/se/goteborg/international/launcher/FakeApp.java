package se.goteborg.international.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in app for {@link RunningAppsTest}: listens on SERVER_PORT and answers the readiness
 * path with FAKE_READINESS ({@code UP} by default, anything else gives 503), then waits to be stopped.
 */
public final class FakeApp {

    private FakeApp() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        String readiness = System.getenv().getOrDefault("FAKE_READINESS", "UP");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext(PlatformApps.READINESS_PATH, exchange -> {
            byte[] body = ("{\"status\":\"" + readiness + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders("UP".equals(readiness) ? 200 : 503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("fake app stopping")));
        System.out.println("fake app listening on " + port + ", readiness " + readiness);
        Thread.sleep(Long.MAX_VALUE);
    }
}
