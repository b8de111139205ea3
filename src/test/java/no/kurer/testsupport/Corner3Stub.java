package no.kurer.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Corner 3 as a WireMock server in the test process, recording every call Kurer makes to
 * {@code {route}/sendmelding/{meldingsid}}. Either it accepts everything, or, like a real corner 3 (and the sandbox
 * one), it accepts each meldingsid's POST and PUT once and answers {@code 409} to repeats: that is what makes a
 * forward repeated after a crash harmless.
 */
public final class Corner3Stub implements AutoCloseable {

    private static final String ONCE = "accept-once";
    private static final String PATHS = "/c3/([^/]+/)?sendmelding/.*";

    private final WireMockServer server;
    private final AcceptOnce acceptOnce = new AcceptOnce();

    private Corner3Stub() {
        server = new WireMockServer(
                wireMockConfig().dynamicPort().containerThreads(40).extensions(acceptOnce));
        server.start();
    }

    public static Corner3Stub start() {
        return new Corner3Stub();
    }

    public WireMockServer server() {
        return server;
    }

    /** The base URL Kurer is configured with as the route ({@code dpi.route.*}). */
    public String route() {
        return "http://localhost:" + server.port() + "/c3";
    }

    /** Another base URL for the same corner 3, so the calls of one Kurer instance can be told apart (see {@link #hold}). */
    public String route(String name) {
        return route() + "/" + name;
    }

    /**
     * Once corner 3 has accepted {@code afterPackages} packages, the next POST through {@link #route(String) route}
     * {@code name} is accepted but its answer held back for a minute: the returned future then completes with its
     * meldingsid, while the caller waits (to be killed by the test, say).
     */
    public CompletableFuture<String> hold(String name, int afterPackages) {
        return acceptOnce.hold("/c3/" + name + "/", afterPackages);
    }

    /** Forgets every call and stub; then every call is answered 200 after {@code delayMillis}. */
    public void acceptEverything(int delayMillis) {
        server.resetAll();
        server.stubFor(any(urlPathMatching(PATHS))
                .willReturn(aResponse().withStatus(200).withFixedDelay(delayMillis)));
    }

    /**
     * Forgets every call and stub; then each meldingsid's first POST and first PUT are answered 200, repeats 409, and a
     * PUT before any POST 404, each after {@code delayMillis}.
     */
    public void acceptOnce(int delayMillis) {
        server.resetAll();
        acceptOnce.forget();
        server.stubFor(any(urlPathMatching(PATHS))
                .willReturn(
                        aResponse().withStatus(200).withFixedDelay(delayMillis).withTransformers(ONCE)));
    }

    /** Every call for one meldingsid, in no particular order. */
    public List<ServeEvent> calls(String meldingsid) {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().endsWith("/sendmelding/" + meldingsid))
                .toList();
    }

    /** How many calls corner 3 answered with {@code status}, per meldingsid (of the URL path's last segment). */
    public Map<String, Long> answered(String method, int status) {
        return server.getAllServeEvents().stream()
                .filter(e -> method(e).equals(method) && e.getResponse().getStatus() == status)
                .collect(Collectors.groupingBy(Corner3Stub::meldingsid, Collectors.counting()));
    }

    /** PUTs of this meldingsid corner 3 accepted (200). */
    public long acceptedPuts(String meldingsid) {
        return calls(meldingsid).stream()
                .filter(e -> method(e).equals("PUT") && e.getResponse().getStatus() == 200)
                .count();
    }

    /** "POST 200" → count, and so on: what corner 3 saw, for messages. */
    public Map<String, Long> summary() {
        return server.getAllServeEvents().stream()
                .collect(Collectors.groupingBy(
                        e -> method(e) + " " + e.getResponse().getStatus(), TreeMap::new, Collectors.counting()));
    }

    /**
     * Exactly one POST and one PUT of the letter reached corner 3 and were accepted, carrying what the sender sent, with
     * Kurer's own token; {@code posts} POSTs in all, {@code puts} PUTs in all (the others refused or answered 409).
     */
    public void assertDeliveredOnce(Letter letter, int posts, int puts) {
        List<ServeEvent> calls = calls(letter.meldingsid());
        List<ServeEvent> postCalls =
                calls.stream().filter(e -> method(e).equals("POST")).toList();
        List<ServeEvent> putCalls =
                calls.stream().filter(e -> method(e).equals("PUT")).toList();
        assertEquals(posts, postCalls.size(), () -> "POSTs for " + letter.meldingsid());
        assertEquals(puts, putCalls.size(), () -> "PUTs for " + letter.meldingsid());
        List<ServeEvent> acceptedPosts = postCalls.stream()
                .filter(e -> e.getResponse().getStatus() == 200)
                .toList();
        List<ServeEvent> acceptedPuts = putCalls.stream()
                .filter(e -> e.getResponse().getStatus() == 200)
                .toList();
        assertEquals(1, acceptedPosts.size(), () -> "accepted POSTs for " + letter.meldingsid());
        assertEquals(1, acceptedPuts.size(), () -> "accepted PUTs for " + letter.meldingsid());
        assertEquals(
                letter.forretningsmelding(), acceptedPosts.get(0).getRequest().getBodyAsString());
        assertEquals("application/jwt", acceptedPosts.get(0).getRequest().getHeader("Content-Type"));
        assertArrayEquals(
                letter.dokumentpakke(), acceptedPuts.get(0).getRequest().getBody());
        assertEquals("application/cms", acceptedPuts.get(0).getRequest().getHeader("Content-Type"));
        assertTrue(
                acceptedPuts.get(0).getRequest().getHeader("Authorization").startsWith("Bearer ey"),
                "no Maskinporten token on the PUT");
    }

    /** Waits until {@code done}, failing with what corner 3 saw if it takes longer than {@code timeout}. */
    public void await(Duration timeout, BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("corner 3 did not get everything within " + timeout + "; it saw " + summary());
            }
            Thread.sleep(250);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    private static String method(ServeEvent event) {
        return event.getRequest().getMethod().getName();
    }

    private static String meldingsid(ServeEvent event) {
        String url = event.getRequest().getUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Corner 3's duplicate check: a meldingsid is taken once, its package once. */
    private static final class AcceptOnce implements ResponseDefinitionTransformerV2 {

        private final Set<String> posted = ConcurrentHashMap.newKeySet();
        private final Set<String> put = ConcurrentHashMap.newKeySet();
        private volatile Hold hold;

        void forget() {
            posted.clear();
            put.clear();
            hold = null;
        }

        CompletableFuture<String> hold(String path, int afterPackages) {
            Hold next = new Hold(path, afterPackages, new CompletableFuture<>());
            hold = next;
            return next.held();
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String meldingsid = meldingsid(event);
            ResponseDefinition accept = event.getResponseDefinition();
            return switch (method(event)) {
                case "POST" ->
                    !posted.add(meldingsid)
                            ? status(accept, 409)
                            : held(event, meldingsid)
                                    ? ResponseDefinitionBuilder.like(accept)
                                            .withFixedDelay(60_000)
                                            .build()
                                    : accept;
                case "PUT" ->
                    !posted.contains(meldingsid)
                            ? status(accept, 404)
                            : put.add(meldingsid) ? accept : status(accept, 409);
                default -> status(accept, 405);
            };
        }

        private boolean held(ServeEvent event, String meldingsid) {
            Hold armed = hold;
            return armed != null
                    && event.getRequest().getUrl().startsWith(armed.path())
                    && put.size() >= armed.afterPackages()
                    && armed.held().complete(meldingsid);
        }

        private static ResponseDefinition status(ResponseDefinition accept, int status) {
            return ResponseDefinitionBuilder.like(accept).withStatus(status).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return ONCE;
        }
    }

    private record Hold(String path, int afterPackages, CompletableFuture<String> held) {}
}
