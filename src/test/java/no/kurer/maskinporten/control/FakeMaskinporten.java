package no.kurer.maskinporten.control;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Maskinporten's token endpoint on a free local port: records every form it receives and answers with a numbered
 * token ({@code token-1}, {@code token-2}, …) or whatever {@link #answer(int, String)} says. {@link #hold()} makes it
 * wait before answering until {@link #release()}.
 */
final class FakeMaskinporten implements AutoCloseable {

    private final HttpServer server;
    private final List<Map<String, String>> forms = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile int status = 200;
    private volatile String body;
    private volatile long expiresIn = 120;
    private volatile String retryAfter;
    private volatile CountDownLatch gate = new CountDownLatch(0);

    FakeMaskinporten() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/token", exchange -> {
            Map<String, String> form =
                    form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            form.put("content-type", exchange.getRequestHeaders().getFirst("Content-Type"));
            forms.add(form);
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String answer = body != null
                    ? body
                    : "{\"access_token\":\"token-" + issued.incrementAndGet() + "\",\"token_type\":\"Bearer\","
                            + "\"expires_in\":" + expiresIn + "}";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (retryAfter != null) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
            }
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            form.put(
                    URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    /** Answers 429 Too Many Requests with this {@code Retry-After}; {@link #issueTokens} ends it. */
    void tooMany(String retryAfter) {
        this.retryAfter = retryAfter;
        answer(429, "{\"error\":\"too_many_requests\"}");
    }

    void answer(int status, String body) {
        this.status = status;
        this.body = body;
    }

    void issueTokens(long expiresIn) {
        this.status = 200;
        this.retryAfter = null;
        this.body = null;
        this.expiresIn = expiresIn;
    }

    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    URI tokenEndpoint() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/token");
    }

    List<Map<String, String>> forms() {
        return forms;
    }

    /** The {@code assertion} of the last request. */
    String lastGrant() {
        return forms.get(forms.size() - 1).get("assertion");
    }

    int requests() {
        return forms.size();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
