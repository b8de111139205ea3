package no.kurer.configuration;

import static no.kurer.testsupport.Kurer.postMelding;
import static no.kurer.testsupport.Kurer.putPakke;
import static no.kurer.testsupport.Rows.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.kurer.sandbox.maskinporten.control.GrantFactory;
import no.kurer.testsupport.Admin;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.KurerProperties;
import no.kurer.testsupport.Letter;
import no.kurer.testsupport.PayaraMicro;
import org.junit.jupiter.api.Test;

/**
 * Kurer on Payara Micro configured only through the server, as an administrator does it: the test runs
 * {@code server-config/payara/kurer-postgresql.asadmin} as a post-boot command file, with the site-specific values
 * (those the file marks CHANGE: the database's address and account, paths, the public address) replaced by key name
 * the way an administrator edits the sample; every other line runs as written. The only system properties are the
 * sandbox's own (its Maskinporten, CA and address), never a key the file sets.
 * <p>
 * A real PostgreSQL (embedded) holds what Kurer accepts, and nothing goes to the embedded H2 database; the
 * {@code dpi.audience} from the server's configuration decides which tokens are accepted; the admin user the file
 * creates, with its password, may use {@code /admin/}.
 */
class PayaraConsoleConfigIT {

    static final int PORT = Integer.getInteger("kurer.it.port", 18080) + 50;
    static final Path COMMAND_FILE = Path.of("server-config/payara/kurer-postgresql.asadmin");
    static final String AVSENDER = "991825827";
    /** The public address of this C2 as the administrator sets it: not the address the sandbox would assume. */
    static final String AUDIENCE = "https://c2.kurer.test/dpi";

    final Path dir = Path.of(System.getProperty("kurer.it.dir", "target/it"), "console-" + System.nanoTime())
            .toAbsolutePath();

    @Test
    void kurerRunsOnTheDatabaseAndTheSettingsTheServerWasGiven() throws Exception {
        String adminPassword = "console-" + UUID.randomUUID();
        Path passwordFile = Files.writeString(
                Files.createDirectories(dir).resolve("admin-password.txt"),
                "AS_ADMIN_USERPASSWORD=" + adminPassword + "\n");
        Path workDir = dir.resolve("work");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start()) {
            Map<String, String> site = new LinkedHashMap<>();
            site.put("serverName", "localhost");
            site.put("portNumber", String.valueOf(postgres.getPort()));
            site.put("databaseName", "postgres");
            site.put("user", "postgres");
            site.put("password", "postgres");
            site.put("dpi.audience", AUDIENCE);
            site.put("storage.dir", dir.resolve("files").toString());
            site.putAll(KurerProperties.fromTheSandbox(dir.resolve("sandbox")));
            site.put("--passwordfile", passwordFile.toString());
            Path commands = Files.writeString(
                    dir.resolve("kurer-postgresql.asadmin"), edited(Files.readString(COMMAND_FILE), site));

            try (PayaraMicro kurer = PayaraMicro.start(
                    PORT,
                    sandbox(),
                    List.of("--postbootcommandfile", commands.toString()),
                    workDir,
                    dir.resolve("kurer.log"))) {
                Corner1 c1 = new Corner1(kurer.base());
                awaitReady(c1, kurer.base());

                // the server's dpi.audience is in effect: a token for any other address is refused
                String elsewhere = c1.token(AVSENDER);
                Letter refused = Letter.of(c1, AVSENDER, elsewhere);
                HttpResponse<String> wrongAudience =
                        postMelding(c1, refused.meldingsid(), refused.forretningsmelding(), elsewhere);
                assertEquals(401, wrongAudience.statusCode(), wrongAudience.body());
                assertTrue(
                        wrongAudience
                                .headers()
                                .firstValue("WWW-Authenticate")
                                .orElse("")
                                .contains("invalid_token"),
                        wrongAudience.headers().map().toString());

                String token = c1.token(new GrantFactory(c1.identity(AVSENDER), c1.issuer(), Clock.systemUTC())
                        .scope(Corner1.SCOPE)
                        .resource(AUDIENCE));
                Letter letter = Letter.of(c1, AVSENDER, token);
                HttpResponse<String> posted = postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token);
                assertEquals(200, posted.statusCode(), posted.body());
                HttpResponse<String> put = putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token);
                assertEquals(200, put.statusCode(), put.body());

                // the admin user from the file, with the password the administrator chose
                URI messages = kurer.base().resolve("/admin/dpo/messages");
                assertEquals(
                        200,
                        get(c1, messages, Admin.basic("admin", adminPassword)).statusCode());
                assertEquals(401, get(c1, messages, null).statusCode());
                assertEquals(
                        401,
                        get(c1, messages, Admin.basic("admin", "kurer-admin")).statusCode(),
                        "the sandbox's sample password works");

                // what Kurer accepted is in PostgreSQL, its package in the storage.dir from the console
                try (Connection db = DriverManager.getConnection(
                        postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")) {
                    assertEquals(
                            "1",
                            single(
                                    db,
                                    "SELECT COUNT(*) FROM information_schema.tables"
                                            + " WHERE table_name = 'dpi_message'"),
                            "Kurer's schema is not in PostgreSQL");
                    assertEquals(
                            letter.meldingsid(),
                            single(
                                    db,
                                    "SELECT meldingsid FROM dpi_message WHERE meldingsid = '" + letter.meldingsid()
                                            + "'"),
                            "the letter is not in PostgreSQL");
                    assertEquals(
                            "0",
                            single(
                                    db,
                                    "SELECT COUNT(*) FROM dpi_message WHERE meldingsid = '" + refused.meldingsid()
                                            + "'"));
                }
                try (Stream<Path> stored = Files.walk(dir.resolve("files"))) {
                    assertEquals(
                            1,
                            stored.filter(Files::isRegularFile).count(),
                            "the package is not in the storage.dir set in the console");
                }
            }
        }
        // ... and nothing in the embedded H2 database, which would be ./data/kurer.mv.db in Kurer's working directory
        try (Stream<Path> files = Files.walk(workDir)) {
            List<Path> h2 = files.filter(f -> f.getFileName().toString().endsWith(".mv.db"))
                    .toList();
            assertEquals(List.of(), h2, "Kurer wrote to an H2 database");
        }
        assertFalse(Files.exists(workDir.resolve("data")), "Kurer used its default ./data");
    }

    /**
     * The command file with the administrator's values: a {@code set-config-property} value by its property name, a
     * connection pool property by its name, an option by its name. Fails if a value was meant for a line the file
     * no longer has, or if a value marked CHANGE is left.
     */
    static String edited(String file, Map<String, String> values) {
        Set<String> used = new HashSet<>();
        StringBuilder out = new StringBuilder();
        for (String line : file.split("\n", -1)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                line = replace(line, CONFIG_PROPERTY, values, used);
                line = replace(line, POOL_PROPERTY, values, used);
                line = replace(line, OPTION, values, used);
                assertFalse(line.contains("CHANGE"), "a value marked CHANGE is left: " + line);
            }
            out.append(line).append('\n');
        }
        Set<String> unused = new HashSet<>(values.keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            fail(COMMAND_FILE + " no longer sets " + unused);
        }
        return out.toString();
    }

    static final Pattern CONFIG_PROPERTY = Pattern.compile("(--propertyName=(\\S+) --propertyValue=)(\\S+)");
    static final Pattern POOL_PROPERTY = Pattern.compile("([=:](\\w+)=)((?:[^:\\s\\\\]|\\\\.)+)");
    static final Pattern OPTION = Pattern.compile("((--[\\w-]+)=)(\\S+)");

    private static String replace(String line, Pattern pattern, Map<String, String> values, Set<String> used) {
        Matcher m = pattern.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(2));
            if (value != null) {
                used.add(m.group(2));
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + value));
            }
        }
        m.appendTail(out);
        return out.toString();
    }

    /** What the sandbox needs (its stand-ins, its address, its files): none of the keys the command file sets. */
    private Map<String, String> sandbox() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("mp.config.profile", "sandbox");
        properties.put("sandbox.base-url", "http://localhost:" + PORT);
        properties.put("sandbox.dir", dir.resolve("sandbox").toString());
        return properties;
    }

    private static void awaitReady(Corner1 c1, URI base) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        HttpResponse<String> ready;
        do {
            ready = c1.send(
                    HttpRequest.newBuilder(base.resolve("/health/ready")).build());
            if (ready.statusCode() == 200) {
                assertTrue(ready.body().contains("\"UP\""), ready.body());
                return;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        fail("/health/ready is not UP: " + ready.statusCode() + " " + ready.body());
    }

    private static HttpResponse<String> get(Corner1 c1, URI uri, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return c1.send(request.build());
    }

    static {
        // fail clearly, before any server starts, when the test does not run where the command file is
        if (!Files.isRegularFile(COMMAND_FILE)) {
            throw new IllegalStateException(
                    COMMAND_FILE.toAbsolutePath() + " is missing: run from the project directory");
        }
    }
}
