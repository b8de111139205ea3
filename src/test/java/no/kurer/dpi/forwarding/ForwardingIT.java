package no.kurer.dpi.forwarding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static no.kurer.testsupport.Kurer.postMelding;
import static no.kurer.testsupport.Kurer.putPakke;
import static no.kurer.testsupport.Rows.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Corner3Stub;
import no.kurer.testsupport.KurerProperties;
import no.kurer.testsupport.Letter;
import no.kurer.testsupport.PayaraMicro;
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

    static Corner3Stub c3;

    final Path dir = Path.of(System.getProperty("kurer.it.dir", "target/it"), "forwarding-" + System.nanoTime());

    @BeforeAll
    static void startCorner3() {
        c3 = Corner3Stub.start();
    }

    @AfterAll
    static void stopCorner3() {
        c3.close();
    }

    @BeforeEach
    void acceptEverything() {
        c3.acceptEverything(0);
    }

    @Test
    void acceptedBeforeARestartIsForwardedAfterItAndARefusingCorner3GetsTheMessageOnce() throws Exception {
        String h2 = "jdbc:h2:file:" + dir.resolve("db/kurer").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
        Map<String, String> properties = KurerProperties.sandbox(dir, PORT, h2, c3.route());
        Letter beforeRestart;
        // the outbox never runs in this first life: the message is accepted, then the server stops
        properties.put("dpi.forward.interval-seconds", "3600");
        try (PayaraMicro kurer = PayaraMicro.start(PORT, properties, dir.resolve("first.log"))) {
            beforeRestart = send(new Corner1(kurer.base()));
        }
        assertEquals(0, c3.server().getAllServeEvents().size(), "forwarded before the restart");
        assertEquals(1, storedPackages(), "the package was not stored");

        Letter refused;
        properties.put("dpi.forward.interval-seconds", "1");
        try (PayaraMicro kurer = PayaraMicro.start(PORT, properties, dir.resolve("second.log"))) {
            Corner1 c1 = new Corner1(kurer.base());
            String token = c1.token(AVSENDER);
            refused = Letter.of(c1, AVSENDER, token);
            refuseThreeTimes(refused.meldingsid());
            send(c1, refused, token);

            c3.await(
                    Duration.ofSeconds(90),
                    () -> c3.acceptedPuts(beforeRestart.meldingsid()) == 1
                            && c3.acceptedPuts(refused.meldingsid()) == 1);
            Thread.sleep(3000); // a few more rounds: nothing may be sent again
        }

        c3.assertDeliveredOnce(beforeRestart, 1, 1);
        c3.assertDeliveredOnce(refused, 4, 1);
        assertEquals(0, storedPackages(), "a package file was kept after corner 3 accepted it");
        try (Connection db = DriverManager.getConnection(properties.get("db.url"), "kurer", "kurer")) {
            assertEquals(
                    "FORWARDED",
                    single(db, "SELECT state FROM dpi_message WHERE meldingsid = '" + refused.meldingsid() + "'"));
            assertEquals(
                    "FAILED,FAILED,FAILED,ACCEPTED",
                    single(
                            db,
                            "SELECT outcome FROM dpi_forward_attempt WHERE meldingsid = '" + refused.meldingsid()
                                    + "' ORDER BY id"));
            assertEquals(
                    "OPPRETTET,SENDT",
                    single(
                            db,
                            "SELECT status FROM dpi_message_status WHERE meldingsid = '" + refused.meldingsid()
                                    + "' ORDER BY id"));
            assertTrue(
                    single(
                                    db,
                                    "SELECT detail FROM dpi_forward_attempt WHERE meldingsid = '" + refused.meldingsid()
                                            + "' ORDER BY id")
                            .contains("503"),
                    "the refusal is not in the attempt log");
        }
    }

    @Test
    void twoInstancesOnOnePostgresqlForwardEachMessageExactlyOnce() throws Exception {
        // a little slow, so that the two instances' rounds overlap
        c3.acceptEverything(20);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Map<String, String> one = KurerProperties.onPostgres(dir, PORT, url, c3.route());
            Map<String, String> two = KurerProperties.onPostgres(dir, PORT + 1, url, c3.route());
            List<Letter> letters = new ArrayList<>();
            // one after the other: the first creates the shared sandbox CA and keys, the second reads them
            try (PayaraMicro first = PayaraMicro.start(PORT, one, dir.resolve("one.log"));
                    PayaraMicro second = PayaraMicro.start(PORT + 1, two, dir.resolve("two.log"))) {
                List<Corner1> instances = List.of(new Corner1(first.base()), new Corner1(second.base()));
                List<String> tokens =
                        instances.stream().map(c1 -> c1.token(AVSENDER)).toList();
                for (int i = 0; i < 60; i++) {
                    Corner1 c1 = instances.get(i % 2);
                    Letter letter = Letter.of(c1, AVSENDER, tokens.get(i % 2));
                    send(c1, letter, tokens.get(i % 2));
                    letters.add(letter);
                }
                c3.await(
                        Duration.ofSeconds(120),
                        () -> letters.stream().allMatch(l -> c3.acceptedPuts(l.meldingsid()) >= 1));
                Thread.sleep(3000);
            }
            for (Letter letter : letters) {
                c3.assertDeliveredOnce(letter, 1, 1);
            }
            assertEquals(120, c3.server().getAllServeEvents().size(), "calls for messages never sent");
            try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
                assertEquals("60", single(db, "SELECT COUNT(*) FROM dpi_forward_attempt WHERE outcome = 'ACCEPTED'"));
                System.out.println("ForwardingIT: attempts per instance: "
                        + single(db, "SELECT COUNT(*) FROM dpi_forward_attempt GROUP BY instance ORDER BY 1"));
            }
        }
    }

    private static void refuseThreeTimes(String meldingsid) {
        String path = "/c3/sendmelding/" + meldingsid;
        String[] states = {Scenario.STARTED, "refused once", "refused twice", "accepting"};
        for (int i = 0; i < 3; i++) {
            c3.server()
                    .stubFor(post(urlEqualTo(path))
                            .inScenario(meldingsid)
                            .whenScenarioStateIs(states[i])
                            .willReturn(aResponse()
                                    .withStatus(503)
                                    .withHeader("Content-Type", "application/problem+json")
                                    .withBody("{\"status\":503,\"title\":\"Corner 3 is busy\"}"))
                            .willSetStateTo(states[i + 1]));
        }
        c3.server()
                .stubFor(post(urlEqualTo(path))
                        .inScenario(meldingsid)
                        .whenScenarioStateIs("accepting")
                        .willReturn(aResponse().withStatus(200)));
        c3.server().stubFor(put(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
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

    private long storedPackages() throws Exception {
        Path store = dir.resolve("files").resolve("dokumentpakker");
        if (!Files.isDirectory(store)) {
            return 0;
        }
        try (var files = Files.list(store)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("."))
                    .count();
        }
    }
}
