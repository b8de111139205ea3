package no.kurer.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import no.kurer.testsupport.Admin;
import no.kurer.testsupport.BrokerParty;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.NextMoveUser;
import no.kurer.testsupport.PayaraMicro;
import org.junit.jupiter.api.Test;

/**
 * DPO receiving across real Payara Micro processes: a server stopped between storing a file and confirming it, and two
 * instances on one PostgreSQL database polling one inbox.
 */
class DpoInstancesIT {

    static final int PORT = Integer.getInteger("kurer.it.port", 18080) + 20;
    /** The admin user (for {@code /admin/dpo/messages}) and the NextMove user (for {@code /api}). */
    static final List<String> USERS = List.of("--postbootcommandfile", "server-config/payara/admin-user.asadmin");

    static final String KURER_ORG = "999888771";
    static final String OTHER = "910753614";

    final Path dir = Path.of(System.getProperty("kurer.it.dir", "target/it"), "dpo-" + System.nanoTime());

    @Test
    void aFileStoredButNotConfirmedBeforeAStopIsConfirmedAfterTheRestartAndNotDeliveredTwice() throws Exception {
        Map<String, String> config = sandbox(
                PORT, "jdbc:h2:file:" + dir.resolve("db/kurer") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "files");
        String messageId = UUID.randomUUID().toString();
        String transfer;
        try (PayaraMicro kurer = PayaraMicro.start(PORT, config, USERS, dir.resolve("first.log"))) {
            Corner1 c1 = new Corner1(kurer.base());
            BrokerParty other = new BrokerParty(c1, OTHER);
            other.faults("{\"failConfirms\":true}");
            transfer = other.send(
                    KURER_ORG,
                    other.dpoFile(
                            BrokerParty.sbd(
                                    OTHER,
                                    KURER_ORG,
                                    messageId,
                                    UUID.randomUUID().toString()),
                            KURER_ORG,
                            Map.of("a.txt", "før omstart".getBytes(StandardCharsets.UTF_8))));
            awaitUntil("stored", () -> count(c1, messageId) == 1);
            assertEquals("DownloadStarted", recipientStatus(other, transfer), "downloaded, not confirmed");
        }
        try (PayaraMicro kurer = PayaraMicro.start(PORT, config, USERS, dir.resolve("second.log"))) {
            Corner1 c1 = new Corner1(kurer.base());
            BrokerParty other = new BrokerParty(c1, OTHER);
            awaitUntil(
                    "confirmed after the restart", () -> "DownloadConfirmed".equals(recipientStatus(other, transfer)));
            assertEquals(1, count(c1, messageId), "delivered to the local system once");
            JsonNode faults = faults(c1);
            assertEquals(0, faults.path("downloads").asInt(), "the restarted server did not download it again");
        }
    }

    @Test
    void twoInstancesOnOnePostgresDatabaseTakeEachFileOnce() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true)
                .start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Map<String, String> first = postgresConfig(sandbox(PORT, url, "files-1"));
            Map<String, String> second = postgresConfig(sandbox(PORT, url, "files-2"));
            try (PayaraMicro one = PayaraMicro.start(PORT, first, USERS, dir.resolve("one.log"));
                    PayaraMicro two = PayaraMicro.start(PORT + 1, second, USERS, dir.resolve("two.log"))) {
                Corner1 c1 = new Corner1(one.base());
                BrokerParty other = new BrokerParty(c1, OTHER);
                Set<String> messageIds = new HashSet<>();
                awaitConfirmed(other, sendBacklog(other, 200, messageIds));
                JsonNode faults = faults(c1);
                assertEquals(0, faults.path("transfersDownloadedMoreThanOnce").asInt(), faults.toString());
                assertEquals(200, faults.path("downloads").asInt(), faults.toString());
                Map<String, Integer> seen = new HashMap<>();
                Corner1 c2 = new Corner1(two.base());
                for (Corner1 client : new Corner1[] {c1, c2}) {
                    // one database: both instances show the same inbox
                    seen.clear();
                    JsonNode in = Corner1.readTree(
                            client.send(HttpRequest.newBuilder(client.base().resolve("/api/messages/in?size=1000"))
                                            .header("Authorization", NextMoveUser.basic())
                                            .build())
                                    .body());
                    in.path("content")
                            .forEach(m -> seen.merge(
                                    m.at("/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier")
                                            .asText(),
                                    1,
                                    Integer::sum));
                    messageIds.forEach(id -> assertEquals(1, seen.getOrDefault(id, 0), id));
                }
            }
        }
    }

    @Test
    void withoutTheTrustAnchorsDpoDoesNoBrokerWorkAndReadinessNamesTheKey() throws Exception {
        Map<String, String> config = sandbox(
                PORT, "jdbc:h2:file:" + dir.resolve("db/kurer") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "files");
        // the sandbox profile's keys, all but the trust anchors (an empty value would not hide the profile's)
        config.remove("mp.config.profile");
        config.putAll(sandboxProfileWithout("certificates.trusted-cas", config));
        config.put("dpi.enabled", "false");
        try (PayaraMicro kurer = PayaraMicro.start(PORT, config, USERS, dir.resolve("untrusting.log"))) {
            Corner1 c1 = new Corner1(kurer.base());
            BrokerParty other = new BrokerParty(c1, OTHER);
            String transfer = other.send(
                    KURER_ORG,
                    other.dpoFile(
                            BrokerParty.sbd(
                                    OTHER,
                                    KURER_ORG,
                                    UUID.randomUUID().toString(),
                                    UUID.randomUUID().toString()),
                            KURER_ORG,
                            Map.of("a.txt", new byte[3])));
            HttpResponse<String> ready =
                    c1.send(HttpRequest.newBuilder(kurer.base().resolve("/health/ready"))
                            .build());
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("certificates.trusted-cas"), ready.body());
            Thread.sleep(8_000); // eight polls at broker.poll.interval=1
            JsonNode faults = faults(c1);
            assertTrue(faults.path("calls").path(KURER_ORG).isMissingNode(), "no broker call at all: " + faults);
            assertEquals(0, faults.path("downloads").asInt(), faults.toString());
            assertEquals("Initialized", recipientStatus(other, transfer));
        }
    }

    @Test
    void aBacklogDrainsWithinAltinnsRateLimitsAndA429IsWaitedOutWithoutCountingAsAnAttempt() throws Exception {
        Map<String, String> config = sandbox(
                PORT, "jdbc:h2:file:" + dir.resolve("db/kurer") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "files");
        config.put("broker.rate.window-seconds", "3");
        try (PayaraMicro kurer = PayaraMicro.start(PORT, config, USERS, dir.resolve("paced.log"))) {
            Corner1 c1 = new Corner1(kurer.base());
            BrokerParty other = new BrokerParty(c1, OTHER);
            // the broker allows fewer overviews and downloads than Kurer assumes (120 per window): it answers 429s
            other.faults("{\"rateLimits\":{\"orgno\":\"" + KURER_ORG + "\",\"windowMs\":3000,\"overview\":40,"
                    + "\"download\":50}}");
            Set<String> messageIds = new HashSet<>();
            awaitConfirmed(other, sendBacklog(other, 300, messageIds));
            JsonNode faults = faults(c1);
            JsonNode limits = faults.path("rateLimits");
            assertTrue(limits.path("refused429").asInt() > 0, "the broker did answer 429s: " + limits);
            assertEquals(0, limits.path("callsBeforeRetryAfter").asInt(), "no call before its Retry-After: " + limits);
            assertEquals(0, faults.path("transfersConfirmedMoreThanOnce").asInt(), faults.toString());
            JsonNode all = all(c1);
            Map<String, Integer> seen = new HashMap<>();
            for (JsonNode m : all) {
                assertEquals("RECEIVED", m.path("state").asText(), "no message FAILED by 429s: " + m);
                seen.merge(m.path("messageId").asText(), 1, Integer::sum);
            }
            messageIds.forEach(id -> assertEquals(1, seen.getOrDefault(id, 0), id));
        }
    }

    /** Sends {@code n} files to Kurer, adding their message ids; returns their file transfers. */
    private static Set<String> sendBacklog(BrokerParty other, int n, Set<String> messageIds) {
        Set<String> transfers = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String messageId = UUID.randomUUID().toString();
            messageIds.add(messageId);
            transfers.add(other.send(
                    KURER_ORG,
                    other.dpoFile(
                            BrokerParty.sbd(
                                    OTHER,
                                    KURER_ORG,
                                    messageId,
                                    UUID.randomUUID().toString()),
                            KURER_ORG,
                            Map.of("n.txt", ("nr " + i).getBytes(StandardCharsets.UTF_8)))));
        }
        return transfers;
    }

    private static void awaitConfirmed(BrokerParty other, Set<String> transfers) {
        Set<String> open = new HashSet<>(transfers);
        awaitUntil("all confirmed", () -> {
            open.removeIf(id -> "DownloadConfirmed".equals(recipientStatus(other, id)));
            return open.isEmpty();
        });
    }

    /** What the sandbox broker observed. */
    private static JsonNode faults(Corner1 c1) {
        return Corner1.readTree(c1.send(HttpRequest.newBuilder(c1.base().resolve("/sandbox/altinn/broker/faults"))
                        .build())
                .body());
    }

    /** The {@code %sandbox.} keys of the WAR's configuration file but {@code left}, their expressions resolved. */
    private static Map<String, String> sandboxProfileWithout(String left, Map<String, String> given)
            throws IOException {
        Properties file = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
            file.load(in);
        }
        Map<String, String> profile = new HashMap<>();
        for (String key : file.stringPropertyNames()) {
            if (key.startsWith("%sandbox.") && !key.equals("%sandbox." + left)) {
                profile.put(key.substring("%sandbox.".length()), file.getProperty(key));
            }
        }
        Map<String, String> known = new HashMap<>(profile);
        known.putAll(given);
        profile.replaceAll((key, value) -> {
            String resolved = value;
            for (int i = 0; i < 3 && resolved.contains("${"); i++) {
                for (var entry : known.entrySet()) {
                    resolved = resolved.replace("${" + entry.getKey() + "}", entry.getValue());
                }
            }
            return resolved;
        });
        profile.keySet().removeAll(given.keySet());
        return profile;
    }

    private Map<String, String> sandbox(int sandboxPort, String dbUrl, String files) {
        Map<String, String> config = new HashMap<>();
        config.put("mp.config.profile", "sandbox");
        config.put("sandbox.base-url", "http://localhost:" + sandboxPort);
        config.put("sandbox.dir", dir.resolve("sandbox").toString());
        config.put("storage.dir", dir.resolve(files).toString());
        config.put("db.url", dbUrl);
        config.put("broker.poll.interval", "1");
        return config;
    }

    private static Map<String, String> postgresConfig(Map<String, String> config) {
        config.put("db.datasource-class", "org.postgresql.ds.PGSimpleDataSource");
        config.put("db.user", "postgres");
        config.put("db.password", "postgres");
        return config;
    }

    private static String recipientStatus(BrokerParty other, String transfer) {
        return other.overview(transfer)
                .path("recipients")
                .path(0)
                .path("currentRecipientFileTransferStatusCode")
                .asText();
    }

    /** The newest DPO messages of both directions, as the operator sees them. */
    private static JsonNode all(Corner1 c1) {
        return Corner1.readTree(new Admin(c1.base())
                .get("/admin/dpo/messages?max=1000", Admin.basic(Admin.USER, Admin.PASSWORD))
                .body());
    }

    private static long count(Corner1 c1, String messageId) {
        JsonNode all = all(c1);
        long n = 0;
        for (JsonNode m : all) {
            if (messageId.equals(m.path("messageId").asText())
                    && "IN".equals(m.path("direction").asText())) {
                n++;
            }
        }
        return n;
    }

    private static void awaitUntil(String what, BooleanSupplier done) {
        Instant until = Instant.now().plusSeconds(240);
        while (!done.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(until), "not " + what + " within 240 s");
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
