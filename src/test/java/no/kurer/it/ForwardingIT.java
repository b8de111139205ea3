package no.kurer.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static no.kurer.it.Kurer.postMelding;
import static no.kurer.it.Kurer.putPakke;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forwarding to corner 3 on real Payara Micro processes, with a WireMock corner 3 in the test that records every call:
 * a message accepted before a restart is forwarded after it; a corner 3 refusing three times gets the message exactly
 * once; two instances on one PostgreSQL database forward each of many messages exactly once.
 */
class ForwardingIT {

    static final int PORT = Integer.getInteger("kurer.it.port", 18080) + 20;
    static final String AVSENDER = "991825827";

    static WireMockServer c3;

    final Path dir = Path.of(System.getProperty("kurer.it.dir", "target/it"), "forwarding-" + System.nanoTime());

    @BeforeAll
    static void startCorner3() {
        c3 = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(40));
        c3.start();
    }

    @AfterAll
    static void stopCorner3() {
        c3.stop();
    }

    @BeforeEach
    void acceptEverything() {
        c3.resetAll();
        c3.stubFor(any(urlPathMatching("/c3/sendmelding/.*")).willReturn(aResponse().withStatus(200)));
    }

    @Test
    void acceptedBeforeARestartIsForwardedAfterItAndARefusingCorner3GetsTheMessageOnce() throws Exception {
        Map<String, String> properties = properties(PORT, "jdbc:h2:file:" + dir.resolve("db/kurer").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000");
        Letter beforeRestart;
        // the outbox never runs in this first life: the message is accepted, then the server stops
        properties.put("dpi.forward.interval-seconds", "3600");
        try (PayaraMicro kurer = PayaraMicro.start(PORT, properties, dir.resolve("first.log"))) {
            beforeRestart = send(new Corner1(kurer.base()));
        }
        assertEquals(0, c3.getAllServeEvents().size(), "forwarded before the restart");
        assertEquals(1, storedPackages(), "the package was not stored");

        Letter refused;
        properties.put("dpi.forward.interval-seconds", "1");
        try (PayaraMicro kurer = PayaraMicro.start(PORT, properties, dir.resolve("second.log"))) {
            Corner1 c1 = new Corner1(kurer.base());
            String token = c1.token(AVSENDER);
            refused = Letter.of(c1, AVSENDER, token);
            refuseThreeTimes(refused.meldingsid());
            send(c1, refused, token);

            await(Duration.ofSeconds(90), () -> puts(beforeRestart.meldingsid()) == 1 && puts(refused.meldingsid()) == 1);
            Thread.sleep(3000); // a few more rounds: nothing may be sent again
        }

        assertDeliveredOnce(beforeRestart, 1);
        assertDeliveredOnce(refused, 4);
        assertEquals(0, storedPackages(), "a package file was kept after corner 3 accepted it");
        try (Connection db = DriverManager.getConnection(properties.get("db.url"), "kurer", "kurer")) {
            assertEquals("FORWARDED", single(db, "SELECT state FROM dpi_message WHERE meldingsid = '" + refused.meldingsid() + "'"));
            assertEquals("FAILED,FAILED,FAILED,ACCEPTED", single(db, "SELECT outcome FROM dpi_forward_attempt WHERE meldingsid = '"
                    + refused.meldingsid() + "' ORDER BY id"));
            assertEquals("OPPRETTET,SENDT", single(db, "SELECT status FROM dpi_message_status WHERE meldingsid = '"
                    + refused.meldingsid() + "' ORDER BY id"));
            assertTrue(single(db, "SELECT detail FROM dpi_forward_attempt WHERE meldingsid = '" + refused.meldingsid()
                    + "' ORDER BY id").contains("503"), "the refusal is not in the attempt log");
        }
    }

    @Test
    void twoInstancesOnOnePostgresqlForwardEachMessageExactlyOnce() throws Exception {
        c3.resetAll();
        // a little slow, so that the two instances' rounds overlap
        c3.stubFor(any(urlPathMatching("/c3/sendmelding/.*")).willReturn(aResponse().withStatus(200).withFixedDelay(20)));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true).setPGStartupWait(Duration.ofSeconds(60)).start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Map<String, String> one = postgresProperties(PORT, url);
            Map<String, String> two = postgresProperties(PORT + 1, url);
            List<Letter> letters = new ArrayList<>();
            // one after the other: the first creates the shared sandbox CA and keys, the second reads them
            try (PayaraMicro first = PayaraMicro.start(PORT, one, dir.resolve("one.log"));
                 PayaraMicro second = PayaraMicro.start(PORT + 1, two, dir.resolve("two.log"))) {
                List<Corner1> instances = List.of(new Corner1(first.base()), new Corner1(second.base()));
                List<String> tokens = instances.stream().map(c1 -> c1.token(AVSENDER)).toList();
                for (int i = 0; i < 60; i++) {
                    Corner1 c1 = instances.get(i % 2);
                    Letter letter = Letter.of(c1, AVSENDER, tokens.get(i % 2));
                    send(c1, letter, tokens.get(i % 2));
                    letters.add(letter);
                }
                await(Duration.ofSeconds(120), () -> letters.stream().allMatch(l -> puts(l.meldingsid()) >= 1));
                Thread.sleep(3000);
            }
            for (Letter letter : letters) {
                assertDeliveredOnce(letter, 1);
            }
            assertEquals(120, c3.getAllServeEvents().size(), "calls for messages never sent");
            try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
                assertEquals("60", single(db, "SELECT COUNT(*) FROM dpi_forward_attempt WHERE outcome = 'ACCEPTED'"));
                System.out.println("ForwardingIT: attempts per instance: "
                        + single(db, "SELECT COUNT(*) FROM dpi_forward_attempt GROUP BY instance ORDER BY 1"));
            }
        }
    }

    private Map<String, String> postgresProperties(int port, String url) {
        Map<String, String> properties = properties(port, url);
        properties.put("db.datasource-class", "org.postgresql.ds.PGSimpleDataSource");
        properties.put("db.user", "postgres");
        properties.put("db.password", "postgres");
        properties.put("dpi.forward.interval-seconds", "1");
        properties.put("dpi.forward.batch-size", "5");
        return properties;
    }

    private Map<String, String> properties(int port, String dbUrl) {
        Map<String, String> properties = new HashMap<>();
        properties.put("mp.config.profile", "sandbox");
        properties.put("sandbox.base-url", "http://localhost:" + port);
        properties.put("sandbox.dir", dir.resolve("sandbox").toString());
        properties.put("storage.dir", dir.resolve("files").toString());
        properties.put("db.url", dbUrl);
        String route = "http://localhost:" + c3.port() + "/c3";
        properties.put("dpi.route.987464291", route);
        properties.put("%sandbox.dpi.route.987464291", route);
        properties.put("dpi.forward.initial-backoff-seconds", "1");
        properties.put("dpi.forward.max-backoff-seconds", "2");
        return properties;
    }

    private static void refuseThreeTimes(String meldingsid) {
        String path = "/c3/sendmelding/" + meldingsid;
        String[] states = {Scenario.STARTED, "refused once", "refused twice", "accepting"};
        for (int i = 0; i < 3; i++) {
            c3.stubFor(post(urlEqualTo(path)).inScenario(meldingsid).whenScenarioStateIs(states[i])
                    .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/problem+json")
                            .withBody("{\"status\":503,\"title\":\"Corner 3 is busy\"}"))
                    .willSetStateTo(states[i + 1]));
        }
        c3.stubFor(post(urlEqualTo(path)).inScenario(meldingsid).whenScenarioStateIs("accepting")
                .willReturn(aResponse().withStatus(200)));
        c3.stubFor(put(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
    }

    private static Letter send(Corner1 c1) {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, token);
        send(c1, letter, token);
        return letter;
    }

    private static void send(Corner1 c1, Letter letter, String token) {
        var posted = postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token);
        assertEquals(200, posted.statusCode(), posted.body());
        var put = putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token);
        assertEquals(200, put.statusCode(), put.body());
    }

    /** Exactly one accepted POST and PUT reached corner 3, carrying what the sender sent, with Kurer's own token. */
    private static void assertDeliveredOnce(Letter letter, int posts) {
        List<ServeEvent> calls = calls(letter.meldingsid());
        List<ServeEvent> postCalls = calls.stream().filter(e -> e.getRequest().getMethod().getName().equals("POST")).toList();
        List<ServeEvent> putCalls = calls.stream().filter(e -> e.getRequest().getMethod().getName().equals("PUT")).toList();
        assertEquals(posts, postCalls.size(), () -> "POSTs for " + letter.meldingsid());
        assertEquals(1, postCalls.stream().filter(e -> e.getResponse().getStatus() == 200).count());
        assertEquals(1, putCalls.size(), () -> "PUTs for " + letter.meldingsid());
        ServeEvent accepted = postCalls.stream().filter(e -> e.getResponse().getStatus() == 200).findFirst().orElseThrow();
        assertEquals(letter.forretningsmelding(), accepted.getRequest().getBodyAsString());
        assertEquals("application/jwt", accepted.getRequest().getHeader("Content-Type"));
        assertArrayEquals(letter.dokumentpakke(), putCalls.get(0).getRequest().getBody());
        assertEquals("application/cms", putCalls.get(0).getRequest().getHeader("Content-Type"));
        assertTrue(putCalls.get(0).getRequest().getHeader("Authorization").startsWith("Bearer ey"),
                "no Maskinporten token on the PUT");
    }

    private static List<ServeEvent> calls(String meldingsid) {
        return c3.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals("/c3/sendmelding/" + meldingsid))
                .toList();
    }

    private static long puts(String meldingsid) {
        return calls(meldingsid).stream().filter(e -> e.getRequest().getMethod().getName().equals("PUT")
                && e.getResponse().getStatus() == 200).count();
    }

    private long storedPackages() throws Exception {
        Path store = dir.resolve("files").resolve("dokumentpakker");
        if (!Files.isDirectory(store)) {
            return 0;
        }
        try (var files = Files.list(store)) {
            return files.filter(f -> !f.getFileName().toString().startsWith(".")).count();
        }
    }

    /** The rows of a one-column query, comma-separated. */
    private static String single(Connection db, String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return String.join(",", values);
    }

    private static void await(Duration timeout, BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                Map<String, Long> seen = new LinkedHashMap<>();
                c3.getAllServeEvents().forEach(e -> seen.merge(e.getRequest().getMethod().getName() + " "
                        + e.getResponse().getStatus(), 1L, Long::sum));
                throw new AssertionError("corner 3 did not get everything within " + timeout + "; it saw " + seen);
            }
            Thread.sleep(250);
        }
    }
}
