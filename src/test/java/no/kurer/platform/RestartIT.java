package no.kurer.platform;

import static no.kurer.testsupport.Kurer.assertProblem;
import static no.kurer.testsupport.Kurer.postMelding;
import static no.kurer.testsupport.Kurer.putPakke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Letter;
import no.kurer.testsupport.PayaraMicro;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees across restarts of a real Payara Micro: a deployment without configuration that says what it
 * lacks, and messages accepted before a restart still there after it, on H2 and on PostgreSQL.
 */
class RestartIT {

    static final int PORT = Integer.getInteger("kurer.it.port", 18080) + 10;
    static final String AVSENDER = "991825827";

    final Path dir = Path.of(System.getProperty("kurer.it.dir", "target/it"), "restart-" + System.nanoTime());

    @Test
    void aKeyThatCannotBeReadMakesReadinessDownNamingIt() throws Exception {
        Path missing = dir.resolve("nowhere/kurer.p12").toAbsolutePath();
        Map<String, String> unreadable = Map.of(
                "db.url",
                h2Url(),
                "storage.dir",
                dir.resolve("files").toString(),
                "dpi.enabled",
                "false",
                "maskinporten.keystore.path",
                missing.toString(),
                "maskinporten.keystore.password",
                "secret");
        try (PayaraMicro kurer = PayaraMicro.start(PORT, unreadable, dir.resolve("unreadable.log"))) {
            Corner1 client = new Corner1(kurer.base());
            HttpResponse<String> ready =
                    client.send(HttpRequest.newBuilder(kurer.base().resolve("/health/ready"))
                            .build());
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(
                    ready.body().contains("kurer-keys")
                            && ready.body().contains("maskinporten.keystore.path")
                            && ready.body().contains(missing.toString()),
                    ready.body());
            assertTrue(ready.body().contains("\"jose4j\":\"UP\""), ready.body());
        }
    }

    @Test
    void unconfiguredKurerDeploysAndNamesTheMissingKeys() throws Exception {
        Map<String, String> bare =
                Map.of("db.url", h2Url(), "storage.dir", dir.resolve("files").toString());
        try (PayaraMicro kurer = PayaraMicro.start(PORT, bare, dir.resolve("bare.log"))) {
            Corner1 client = new Corner1(kurer.base());
            HttpResponse<String> ready =
                    client.send(HttpRequest.newBuilder(kurer.base().resolve("/health/ready"))
                            .build());
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(
                    ready.body().contains("dpi.audience") && ready.body().contains("certificates.trusted-cas"),
                    ready.body());

            var problem =
                    assertProblem(postMelding(client, "abc", "x.y.z", "some-token"), 503, "missing-configuration");
            assertTrue(problem.path("detail").asText().contains("dpi.audience"), problem.toString());

            assertProblem(
                    client.send(HttpRequest.newBuilder(kurer.base().resolve("/sandbox/maskinporten/jwk"))
                            .build()),
                    404,
                    "");
            assertProblem(
                    client.send(HttpRequest.newBuilder(kurer.base().resolve("/sandbox/ca/ca.pem"))
                            .build()),
                    404,
                    "");
        }
        // a quiet start: no warning for the db.* keys left to their defaults (db.datasource-class, db.user,
        // db.password)
        String log = Files.readString(dir.resolve("bare.log"));
        assertTrue(
                log.lines().noneMatch(line -> line.contains("MicroProfile Config: property 'db.")),
                () -> log.lines()
                        .filter(line -> line.contains("MicroProfile Config"))
                        .toList()
                        .toString());
    }

    @Test
    void acceptedMessagesSurviveARestartOnH2() throws Exception {
        survivesRestart(Map.of("db.url", h2Url()));
    }

    @Test
    void acceptedMessagesSurviveARestartOnPostgreSQL() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true)
                .start()) {
            survivesRestart(Map.of(
                    "db.datasource-class", "org.postgresql.ds.PGSimpleDataSource",
                    "db.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "db.user", "postgres",
                    "db.password", "postgres"));
        }
    }

    private void survivesRestart(Map<String, String> database) throws Exception {
        Map<String, String> properties = new HashMap<>(database);
        properties.put("mp.config.profile", "sandbox");
        properties.put("sandbox.base-url", "http://localhost:" + PORT);
        properties.put("sandbox.dir", dir.resolve("sandbox").toString());
        properties.put("storage.dir", dir.resolve("files").toString());

        Letter complete;
        Letter waiting;
        String firstToken;
        try (PayaraMicro kurer = PayaraMicro.start(PORT, properties, dir.resolve("first.log"))) {
            Corner1 c1 = new Corner1(kurer.base());
            String token = c1.token(AVSENDER);
            firstToken = token;
            complete = Letter.of(c1, AVSENDER, token);
            assertEquals(
                    200,
                    postMelding(c1, complete.meldingsid(), complete.forretningsmelding(), token)
                            .statusCode());
            assertEquals(
                    200,
                    putPakke(c1, complete.meldingsid(), complete.dokumentpakke(), token)
                            .statusCode());
            waiting = Letter.of(c1, AVSENDER, token);
            assertEquals(
                    200,
                    postMelding(c1, waiting.meldingsid(), waiting.forretningsmelding(), token)
                            .statusCode());
        }
        try (PayaraMicro kurer = PayaraMicro.start(PORT, properties, dir.resolve("second.log"))) {
            Corner1 c1 = new Corner1(kurer.base());
            String token = c1.token(AVSENDER);
            // the same request again, token and all (still valid: it lives 120 s)
            assertProblem(
                    postMelding(c1, complete.meldingsid(), complete.forretningsmelding(), firstToken),
                    409,
                    "meldingsid-used");
            assertProblem(
                    putPakke(c1, complete.meldingsid(), complete.dokumentpakke(), token),
                    409,
                    "package-already-received");
            assertEquals(
                    200,
                    putPakke(c1, waiting.meldingsid(), waiting.dokumentpakke(), token)
                            .statusCode(),
                    "a message waiting for its package before the restart still takes it");
            try (var files = Files.list(dir.resolve("files").resolve("dokumentpakker"))) {
                assertEquals(
                        0,
                        files.filter(f -> f.getFileName().toString().endsWith(".part"))
                                .count(),
                        "no half-written upload is left behind");
            }
        }
    }

    private String h2Url() {
        return "jdbc:h2:file:" + dir.resolve("db").resolve("kurer").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }
}
