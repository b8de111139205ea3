package no.kurer.broker;

import static no.kurer.testsupport.Kurer.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.kurer.testsupport.Admin;
import no.kurer.testsupport.BrokerParty;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Kurer;
import no.kurer.testsupport.Letter;
import no.kurer.testsupport.Metrics;
import no.kurer.testsupport.NextMoveUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DPO end to end on a real Payara Micro, through the sandbox Altinn Broker over HTTP: Kurer acts for the sandbox
 * operator organisation (999888771); the test plays another organisation's integration point (910753614).
 */
@ExtendWith(ArquillianExtension.class)
class DpoBrokerIT {

    static final String KURER_ORG = "999888771";
    static final String OTHER = "910753614";
    static final String THIRD = "991825827";
    /** An organisation the sandbox keeps no identity for, so its service registry does not know it. */
    static final String NO_CERTIFICATE = "974760673";
    /** Kurer's DPO file store: {@code dpo} under the server's {@code storage.dir}. */
    static final Path STORE = Path.of(System.getProperty("kurer.it.dir", "target/it"), "files", "dpo");

    final Corner1 c1 = new Corner1(Kurer.base());
    final BrokerParty other = new BrokerParty(c1, OTHER);

    @Deployment(testable = false)
    static WebArchive kurer() {
        return Kurer.war();
    }

    /** The other organisation's certificate is in the sandbox's service registry before Kurer sends to it. */
    @BeforeEach
    void otherOrganisationExists() {
        other.identity();
    }

    @Test
    void kurerSendsFilesThatTheOtherOrganisationReceivesExactly() throws IOException {
        byte[] letter = random(300_000);
        byte[] attachment = "Vedlegg 1".getBytes(StandardCharsets.UTF_8);
        String conversationId = UUID.randomUUID().toString();
        HttpResponse<String> created = post(
                "/api/messages/out",
                "application/json",
                BrokerParty.sbd(KURER_ORG, OTHER, UUID.randomUUID().toString(), conversationId));
        assertEquals(200, created.statusCode(), created.body());
        String messageId = idOf(Corner1.readTree(created.body()));
        assertEquals(200, putFile(messageId, "arkivmelding.xml", letter).statusCode());
        assertEquals(200, putFile(messageId, "vedlegg.txt", attachment).statusCode());
        assertEquals(
                200,
                post("/api/messages/out/" + messageId, "application/json", "").statusCode());

        String fileTransferId = await("Kurer initialized and uploaded", () -> {
            JsonNode out = outgoing(messageId);
            return "PUBLISHED".equals(out.path("state").asText())
                    ? out.path("fileTransferId").asText()
                    : null;
        });
        assertTrue(other.inbox().contains(fileTransferId));
        Path files = STORE.resolve("out").resolve(outgoing(messageId).path("id").asText());
        assertTrue(Files.isRegularFile(files.resolve("files/arkivmelding.xml")), "kept until delivered: " + files);
        Map<String, byte[]> asic = other.open(other.download(fileTransferId), KURER_ORG);
        assertArrayEquals(letter, asic.get("arkivmelding.xml"));
        assertArrayEquals(attachment, asic.get("vedlegg.txt"));
        assertEquals("application/vnd.etsi.asic-e+zip", new String(asic.get("mimetype"), StandardCharsets.US_ASCII));
        assertEquals(200, other.confirm(fileTransferId));

        JsonNode delivered = await("delivered", () -> {
            JsonNode out = outgoing(messageId);
            return "DELIVERED".equals(out.path("state").asText()) ? out : null;
        });
        List<String> history = new ArrayList<>();
        delivered.path("history").forEach(s -> history.add(s.path("state").asText()));
        assertEquals(List.of("CREATED", "QUEUED", "INITIALIZED", "UPLOADED", "PUBLISHED", "DELIVERED"), history);
        awaitUntil("the delivered message's files deleted", Duration.ofSeconds(30), () -> !Files.exists(files));
        assertEquals(
                1, admin("/admin/dpo/messages?conversationId=" + conversationId).size());
        JsonNode efm = Corner1.readTree(api("GET", "/api/conversations?conversationId=" + conversationId)
                .body());
        assertEquals(1, efm.path("content").size(), efm.toString());
    }

    /**
     * Issue 17: one file in, one message out, and the metrics count exactly their broker calls and bytes; the database
     * gauges follow within their interval.
     */
    @Test
    void metricsCountDpoFilesBrokerCallsAndBytesExactly() {
        // the earlier tests' backlogs, and the MOTTATT answers to them (issue 16), move under the broker's rate limits
        // for minutes after those tests end: count from a moment when nothing is owed and nothing moves
        Metrics before = quiet();
        String incomingId = UUID.randomUUID().toString();
        byte[] incoming = other.dpoFile(
                BrokerParty.sbd(OTHER, KURER_ORG, incomingId, UUID.randomUUID().toString()),
                KURER_ORG,
                Map.of("a.txt", random(40_000)));
        awaitConfirmed(Set.of(other.send(KURER_ORG, incoming)));

        HttpResponse<String> created = post(
                "/api/messages/out",
                "application/json",
                BrokerParty.sbd(
                        KURER_ORG,
                        OTHER,
                        UUID.randomUUID().toString(),
                        UUID.randomUUID().toString()));
        String messageId = idOf(Corner1.readTree(created.body()));
        assertEquals(200, putFile(messageId, "arkivmelding.xml", random(30_000)).statusCode());
        assertEquals(
                200,
                post("/api/messages/out/" + messageId, "application/json", "").statusCode());
        String fileTransferId = await("published", () -> {
            JsonNode out = outgoing(messageId);
            return "PUBLISHED".equals(out.path("state").asText())
                    ? out.path("fileTransferId").asText()
                    : null;
        });
        byte[] outgoing = other.download(fileTransferId);
        assertEquals(200, other.confirm(fileTransferId));
        await(
                "delivered",
                () -> "DELIVERED".equals(outgoing(messageId).path("state").asText()) ? 1 : null);

        // issue 16: the file in is answered with a MOTTATT status message, a second file out (sbd.json alone)
        String mottatt = await(
                "the MOTTATT status message",
                () -> other.inbox().stream()
                        .filter(id -> incomingId.equals(other.overview(id)
                                .path("sendersFileTransferReference")
                                .asText()))
                        .findFirst()
                        .orElse(null));
        long statusBytes = other.download(mottatt).length;
        Metrics after = Metrics.scrape(c1.base());
        assertEquals(incoming.length, after.since(before, "kurer_dpo_bytes_total", "direction=\"in\""));
        assertEquals(outgoing.length + statusBytes, after.since(before, "kurer_dpo_bytes_total", "direction=\"out\""));
        Map<String, Double> calls = Map.of("download", 1.0, "confirm", 1.0, "initialize", 2.0, "upload", 2.0);
        calls.forEach((endpoint, count) -> {
            assertEquals(
                    count.doubleValue(),
                    after.since(before, "kurer_dpo_broker_calls_total", "endpoint=\"" + endpoint + "\""),
                    endpoint);
            assertEquals(
                    count.doubleValue(),
                    after.since(
                            before, "kurer_dpo_broker_calls_total", "endpoint=\"" + endpoint + "\"", "status=\"200\""),
                    endpoint);
        });
        assertTrue(after.since(before, "kurer_dpo_broker_calls_total", "endpoint=\"search\"") > 0);
        assertTrue(after.sum("kurer_token_cache_hits_total") > 0, "the broker calls reuse their token");
        await("the database gauges counted both", () -> {
            Metrics now = Metrics.scrape(c1.base());
            return now.since(before, "kurer_dpo_messages", "direction=\"IN\"") >= 1
                            && now.since(before, "kurer_dpo_messages", "direction=\"OUT\"", "state=\"DELIVERED\"") >= 1
                    ? 1
                    : null;
        });
    }

    /**
     * Issue 17: every metric the alert rules and the Grafana dashboard in docs/monitoring/ name is one a running Kurer
     * serves, once it has done each kind of work (a letter forwarded with its receipts, a refusal, DPO files).
     */
    @Test
    void monitoringRulesAndDashboardNameOnlyMetricsKurerServes() throws IOException {
        Set<String> named = new TreeSet<>();
        for (String file : List.of("docs/monitoring/kurer-alerts.yml", "docs/monitoring/kurer-dashboard.json")) {
            Matcher name = Pattern.compile("kurer_[a-z0-9_]+").matcher(Files.readString(Path.of(file)));
            while (name.find()) {
                named.add(name.group());
            }
        }
        assertTrue(named.size() > 20, "the rules and the dashboard name Kurer's metrics: " + named);
        String token = c1.token(THIRD);
        Letter letter = Letter.of(c1, THIRD, token);
        assertEquals(
                200,
                Kurer.postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token)
                        .statusCode());
        assertEquals(
                200,
                Kurer.putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token)
                        .statusCode());
        assertEquals(
                401,
                c1.send(HttpRequest.newBuilder(c1.base().resolve("/dpi/kvittering/x"))
                                .build())
                        .statusCode());
        aGoodMessageStillArrives();
        Set<String> missing = new TreeSet<>(named);
        try {
            awaitUntil("every metric named served", Duration.ofSeconds(60), () -> {
                missing.removeAll(Metrics.scrape(c1.base()).names());
                return missing.isEmpty();
            });
        } catch (AssertionError e) {
            throw new AssertionError("named in docs/monitoring/ but not served: " + missing, e);
        }
    }

    @Test
    void anotherOrganisationSendsAndKurersSystemReceivesExactlyTheBytes() {
        BrokerParty.Sealed sealed = other.seal(KURER_ORG, Map.of("arkivmelding.xml", random(50_000)));
        String messageId = UUID.randomUUID().toString();
        String id = other.send(
                KURER_ORG,
                BrokerParty.dpoFile(
                        BrokerParty.sbd(
                                OTHER, KURER_ORG, messageId, UUID.randomUUID().toString()),
                        sealed.encrypted()));

        JsonNode incoming = await("received", () -> {
            JsonNode in = incoming(messageId, null);
            return in.isMissingNode() ? null : in;
        });
        assertEquals("RECEIVED", incoming.path("state").asText());
        assertEquals(OTHER, incoming.path("sender").asText());
        assertArrayEquals(sealed.asic(), pop(messageId, null), "the signed ASiC-E, decrypted");
        awaitConfirmed(Set.of(id));
        assertTrue(waiting().contains(messageId));

        Path payload = STORE.resolve("in").resolve(id);
        assertTrue(Files.isRegularFile(payload.resolve("asic.zip")), "kept until the local system deletes it");
        assertEquals(200, api("DELETE", "/api/messages/in/" + messageId).statusCode());
        assertTrue(!waiting().contains(messageId));
        assertEquals("READ", incoming(messageId, null).path("state").asText());
        assertFalse(Files.exists(payload), "the payload deleted with the message, as efm deletes it");
    }

    @Test
    void aBacklogOf250DrainsEachDeliveredOnce() {
        Set<String> messageIds = new HashSet<>();
        Set<String> transfers = new HashSet<>();
        for (int i = 0; i < 250; i++) {
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
                            Map.of("a.txt", ("brev " + i).getBytes(StandardCharsets.UTF_8)))));
        }
        awaitConfirmed(transfers);
        Map<String, Integer> seen = new HashMap<>();
        waiting().forEach(m -> seen.merge(m, 1, Integer::sum));
        for (String messageId : messageIds) {
            assertEquals(1, seen.getOrDefault(messageId, 0), messageId);
        }
    }

    @Test
    void random503sAndDroppedDownloadsLoseAndDuplicateNothing() {
        Set<String> messageIds = new HashSet<>();
        Set<String> transfers = new HashSet<>();
        for (int i = 0; i < 100; i++) {
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
                            Map.of("b.bin", random(20_000)))));
        }
        // the same message a second time, in another file transfer: held once, both confirmed
        String twice = messageIds.iterator().next();
        transfers.add(other.send(
                KURER_ORG,
                other.dpoFile(
                        BrokerParty.sbd(
                                OTHER, KURER_ORG, twice, UUID.randomUUID().toString()),
                        KURER_ORG,
                        Map.of("c", new byte[1]))));
        other.faults("{\"failureRate\":0.3,\"dropDownloads\":5,\"dropAfterBytes\":5000}");
        try {
            awaitUntil(
                    "half the files taken while the broker fails",
                    Duration.ofSeconds(240),
                    () -> countIn(messageIds) >= messageIds.size() / 2);
        } finally {
            other.faults("{\"failureRate\":0,\"dropDownloads\":0}");
        }
        // a file that failed several times in a row waits out its backoff (doubling, at most five minutes) first,
        // and one whose round broke off waits for its claim to lapse (broker.claim-seconds, five minutes)
        long[] taken = {0};
        try {
            awaitUntil(
                    "every file taken",
                    Duration.ofSeconds(360),
                    () -> (taken[0] = countIn(messageIds)) == messageIds.size());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + taken[0] + " of " + messageIds.size(), e);
        }
        awaitConfirmed(transfers);
        Map<String, Integer> seen = new HashMap<>();
        waiting().forEach(m -> seen.merge(m, 1, Integer::sum));
        messageIds.forEach(id -> assertEquals(1, seen.getOrDefault(id, 0), id));
    }

    @Test
    void aCorruptPackageIsKeptAsFailedAndConfirmed() {
        String id = other.send(KURER_ORG, "this is not a zip".getBytes(StandardCharsets.UTF_8));
        awaitConfirmed(Set.of(id));
        JsonNode failed = null;
        for (JsonNode m : admin("/admin/dpo/messages?max=1000")) {
            if (id.equals(m.path("fileTransferId").asText())) {
                failed = m;
            }
        }
        assertTrue(failed != null, "kept for the admin");
        assertEquals("FAILED", failed.path("state").asText());
        assertTrue(failed.path("reason").asText().contains("zip"), failed.toString());

        // the admin page's API shows it to the administrator, and to nobody else
        Admin admin = new Admin(Kurer.base());
        HttpResponse<String> forAdmin =
                admin.get("/admin/dpo/messages?max=1000", Admin.basic(Admin.USER, Admin.PASSWORD));
        assertEquals(200, forAdmin.statusCode(), forAdmin.body());
        JsonNode shown = null;
        for (JsonNode m : Corner1.readTree(forAdmin.body())) {
            if (id.equals(m.path("fileTransferId").asText())) {
                shown = m;
            }
        }
        assertTrue(shown != null, "on the admin page: " + forAdmin.body());
        assertEquals("FAILED", shown.path("state").asText(), shown.toString());
        assertEquals(401, admin.get("/admin/dpo/messages", null).statusCode());
        assertEquals(
                401,
                admin.get("/admin/dpo/messages", Admin.basic(Admin.USER, "wrong"))
                        .statusCode());

        // listed among the failed incoming files, and its raw file downloads as the broker delivered it
        String login = Admin.basic(Admin.USER, Admin.PASSWORD);
        JsonNode file = failedFile(id);
        assertTrue(file.path("reason").asText().contains("zip"), file.toString());
        assertEquals(OTHER, file.path("sender").asText(), file.toString());
        String raw = "/" + file.path("rawFile").asText();
        assertEquals("/admin/dpo/failed/" + file.path("id").asLong() + "/file", raw, file.toString());
        HttpResponse<String> download = admin.get(raw, login);
        assertEquals(200, download.statusCode(), download.body());
        assertEquals("this is not a zip", download.body());
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                download.headers().map().toString());
        assertProblem(admin.get(raw, null), 401, "unauthorized");
        assertProblem(admin.get("/admin/dpo/failed", null), 401, "unauthorized");
        assertProblem(admin.get("/admin/dpo/failed/999999999/file", login), 404, "unknown-failed-file");
    }

    /** The failed incoming file as {@code GET /admin/dpo/failed} lists it. */
    private static JsonNode failedFile(String fileTransferId) {
        HttpResponse<String> list =
                new Admin(Kurer.base()).get("/admin/dpo/failed?max=1000", Admin.basic(Admin.USER, Admin.PASSWORD));
        assertEquals(200, list.statusCode(), list.body());
        for (JsonNode f : Corner1.readTree(list.body())) {
            if (fileTransferId.equals(f.path("fileTransferId").asText())) {
                return f;
            }
        }
        throw new AssertionError(fileTransferId + " is not among the failed files: " + list.body());
    }

    @Test
    void aPayloadSignedByAnotherOrganisationOrNotEncryptedIsKeptAsFailedAndNeverDelivered() {
        BrokerParty third = new BrokerParty(c1, THIRD);
        String forged = UUID.randomUUID().toString();
        String signedByThird = other.send(
                KURER_ORG,
                third.dpoFile(
                        BrokerParty.sbd(
                                OTHER, KURER_ORG, forged, UUID.randomUUID().toString()),
                        KURER_ORG,
                        Map.of("a.txt", new byte[3])));
        String plain = UUID.randomUUID().toString();
        String notEncrypted = other.send(
                KURER_ORG,
                BrokerParty.dpoFile(
                        BrokerParty.sbd(
                                OTHER, KURER_ORG, plain, UUID.randomUUID().toString()),
                        other.seal(KURER_ORG, Map.of("a.txt", new byte[3])).asic()));
        awaitConfirmed(Set.of(signedByThird, notEncrypted));
        Map<String, JsonNode> byTransfer = new HashMap<>();
        for (JsonNode m : admin("/admin/dpo/messages?max=1000")) {
            byTransfer.put(m.path("fileTransferId").asText(), m);
        }
        assertEquals("FAILED", byTransfer.get(signedByThird).path("state").asText());
        assertTrue(
                byTransfer.get(signedByThird).path("reason").asText().contains("signed by organisation " + THIRD),
                byTransfer.get(signedByThird).toString());
        assertEquals("FAILED", byTransfer.get(notEncrypted).path("state").asText());
        assertTrue(
                byTransfer.get(notEncrypted).path("reason").asText().contains("CMS"),
                byTransfer.get(notEncrypted).toString());
        assertTrue(incoming(forged, null).isMissingNode(), "no message " + forged + " for the local system");
        assertTrue(!waiting().contains(forged));
    }

    /** Issue 13.1: the broker's authenticated sender, not the SBD's claim, says who sent a file. */
    @Test
    void aForgedSenderOrReceiverOrAMissingPayloadIsFailedWithTheReasonConfirmedOnceAndKeptNowhere() {
        BrokerParty third = new BrokerParty(c1, THIRD);
        Map<String, String> reasons = new HashMap<>();
        reasons.put(
                third.send(
                        KURER_ORG,
                        BrokerParty.dpoFile(
                                BrokerParty.statusSbd(
                                        NO_CERTIFICATE,
                                        KURER_ORG,
                                        UUID.randomUUID().toString(),
                                        UUID.randomUUID().toString()),
                                null)),
                "names 0192:" + NO_CERTIFICATE + " as sender, but the broker file was sent by 0192:" + THIRD);
        reasons.put(
                third.send(
                        KURER_ORG,
                        third.dpoFile(
                                BrokerParty.sbd(
                                        KURER_ORG,
                                        OTHER,
                                        UUID.randomUUID().toString(),
                                        UUID.randomUUID().toString()),
                                KURER_ORG,
                                Map.of("a.txt", new byte[3]))),
                "names 0192:" + KURER_ORG + " as sender");
        reasons.put(
                third.send(
                        KURER_ORG,
                        third.dpoFile(
                                BrokerParty.sbd(
                                        THIRD,
                                        OTHER,
                                        UUID.randomUUID().toString(),
                                        UUID.randomUUID().toString()),
                                KURER_ORG,
                                Map.of("a.txt", new byte[3]))),
                "addressed to 0192:" + OTHER);
        reasons.put(
                third.send(
                        KURER_ORG,
                        BrokerParty.dpoFile(
                                BrokerParty.sbd(
                                        THIRD,
                                        KURER_ORG,
                                        UUID.randomUUID().toString(),
                                        UUID.randomUUID().toString()),
                                null)),
                "has no asic.zip");
        String status = UUID.randomUUID().toString();
        String statusTransfer = third.send(
                KURER_ORG,
                BrokerParty.dpoFile(
                        BrokerParty.statusSbd(
                                THIRD, KURER_ORG, status, UUID.randomUUID().toString()),
                        null));

        assertRefusedAndGone(third, reasons);
        awaitConfirmed(Set.of(statusTransfer), third);
        // issue 16: a status message has no payload and is let in, but updates a conversation instead of the inbox;
        // this one answers no conversation of Kurer's: confirmed and dropped
        assertTrue(incoming(status, null).isMissingNode(), "no message " + status + " for the local system");
        assertTrue(!waiting().contains(status));
        aGoodMessageStillArrives();
    }

    /** Issue 13.3: limits on every entry of sbd.zip, checked while inflating; the bomb here is 20 KiB. */
    @Test
    void aZipBombAndAnOversizedSbdAreFailedWithTheReasonConfirmedOnceAndNothingIsLeftWritten() {
        String sbd = BrokerParty.sbd(
                OTHER,
                KURER_ORG,
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        byte[] bomb = BrokerParty.dpoFile(sbd, new byte[64 << 20]);
        assertTrue(bomb.length < 100_000, "a small bomb: " + bomb.length);
        byte[] padding = new byte[3 << 20];
        new Random(3).nextBytes(padding);
        byte[] hugeSbd = BrokerParty.zip(
                (sbd.substring(0, sbd.lastIndexOf('}')) + ",\"padding\":\""
                                + Base64.getEncoder().encodeToString(padding) + "\"}")
                        .getBytes(StandardCharsets.UTF_8),
                other.seal(KURER_ORG, Map.of("a.txt", new byte[3])).encrypted());
        Map<String, String> reasons = new HashMap<>();
        reasons.put(other.send(KURER_ORG, bomb), "asic.zip declares more than 100 times its compressed size");
        reasons.put(other.send(KURER_ORG, hugeSbd), "sbd.json declares more than 2097152 bytes");

        assertRefusedAndGone(other, reasons);
        aGoodMessageStillArrives();
    }

    /** Issue 13.2: a message id taken first by another sender neither suppresses nor hides the real message. */
    @Test
    void aMessageIdTakenFirstByAnotherSenderIsKeptApartAndTheRealMessageStillArrives() {
        BrokerParty third = new BrokerParty(c1, THIRD);
        String messageId = UUID.randomUUID().toString();
        String first = third.send(
                KURER_ORG,
                third.dpoFile(
                        BrokerParty.sbd(
                                THIRD, KURER_ORG, messageId, UUID.randomUUID().toString()),
                        KURER_ORG,
                        Map.of("a.txt", "first".getBytes(StandardCharsets.UTF_8))));
        awaitConfirmed(Set.of(first), third);
        BrokerParty.Sealed real = other.seal(KURER_ORG, Map.of("arkivmelding.xml", random(2_000)));
        String second = other.send(
                KURER_ORG,
                BrokerParty.dpoFile(
                        BrokerParty.sbd(
                                OTHER, KURER_ORG, messageId, UUID.randomUUID().toString()),
                        real.encrypted()));
        awaitConfirmed(Set.of(second));

        JsonNode fromOther = incoming(messageId, OTHER);
        assertEquals("RECEIVED", fromOther.path("state").asText(), fromOther.toString());
        assertTrue(fromOther.toString().contains("also used by 0192:" + THIRD), fromOther.toString());
        assertEquals(THIRD, incoming(messageId, THIRD).path("sender").asText());
        // peek locks one of the two; pop and delete without ?sender= cannot tell which is meant
        assertEquals(
                200, api("GET", "/api/messages/in/peek?messageId=" + messageId).statusCode());
        assertEquals(
                200, api("GET", "/api/messages/in/peek?messageId=" + messageId).statusCode());
        Kurer.assertProblem(api("GET", "/api/messages/in/pop/" + messageId), 409, "dpo-ambiguous-message-id");
        Kurer.assertProblem(api("DELETE", "/api/messages/in/" + messageId), 409, "dpo-ambiguous-message-id");
        assertArrayEquals(real.asic(), bytes("/api/messages/in/pop/" + messageId + "?sender=0192:" + OTHER));
        long unread = waiting().stream().filter(messageId::equals).count();
        assertEquals(2, unread, "both are there for the local system");
        Admin admin = new Admin(Kurer.base());
        HttpResponse<String> forAdmin =
                admin.get("/admin/dpo/messages?max=1000", Admin.basic(Admin.USER, Admin.PASSWORD));
        Set<String> senders = new HashSet<>();
        Corner1.readTree(forAdmin.body()).forEach(m -> {
            if (messageId.equals(m.path("messageId").asText())) {
                senders.add(m.path("counterpart").asText());
            }
        });
        assertEquals(Set.of(OTHER, THIRD), senders, "both on the admin page");
        assertEquals(
                200,
                api("DELETE", "/api/messages/in/" + messageId + "?sender=" + OTHER)
                        .statusCode());
        assertEquals("READ", incoming(messageId, OTHER).path("state").asText());
        assertEquals("RECEIVED", incoming(messageId, THIRD).path("state").asText());
    }

    @Test
    void poisonFilesAreKeptFailedWithTheirReasonAndConfirmedOnceWhileTheRestOfTheBacklogArrives() {
        BrokerParty third = new BrokerParty(c1, THIRD);
        third.identity();
        Map<String, String> poison = new HashMap<>();
        poison.put(
                other.send(
                        KURER_ORG,
                        BrokerParty.dpoFile(
                                sbd(),
                                other.seal(THIRD, Map.of("a.txt", new byte[5])).encrypted())),
                "encrypted");
        poison.put(
                other.send(
                        KURER_ORG,
                        BrokerParty.dpoFile(
                                sbd(),
                                other.sealAltered(
                                        KURER_ORG,
                                        Map.of("a.txt", "brev".getBytes(StandardCharsets.UTF_8)),
                                        "a.txt",
                                        "forfalsket".getBytes(StandardCharsets.UTF_8)))),
                "digest");
        // fields over their database columns (issue 13, part 4): checked before anything is stored
        poison.put(
                other.send(
                        KURER_ORG,
                        BrokerParty.dpoFile(
                                sbd().replace("\"type\":\"arkivmelding\"", "\"type\":\"" + "t".repeat(200) + "\""),
                                new byte[0])),
                "documentIdentification.type");
        // 1.5 MB that does not compress, so that it is the column that refuses it and not the inflation ratio
        byte[] noise = new byte[1_100_000];
        new Random(15).nextBytes(noise);
        poison.put(
                other.send(
                        KURER_ORG,
                        BrokerParty.dpoFile(
                                sbd().replace(
                                                "\"sikkerhetsnivaa\":3",
                                                "\"sikkerhetsnivaa\":3,\"tekst\":\""
                                                        + Base64.getEncoder().encodeToString(noise) + "\""),
                                new byte[0])),
                "at most");
        poison.put(other.send(KURER_ORG, duplicateLongNames()), "sbd.json");
        // a file whose download never matches the broker's checksum: it fails on every attempt, so the attempts are
        // bounded (broker.receive.max-attempts, 5)
        String[] mismatched = new String[1];
        poison.put(
                other.send(KURER_ORG, other.dpoFile(sbd(), KURER_ORG, Map.of("a.txt", new byte[7])), id -> {
                    mismatched[0] = id;
                    other.faults("{\"corrupt\":[\"" + id + "\"]}");
                }),
                "Gave up after 5 attempts");
        Set<String> messageIds = new HashSet<>();
        Set<String> good = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            String messageId = UUID.randomUUID().toString();
            messageIds.add(messageId);
            good.add(other.send(
                    KURER_ORG,
                    other.dpoFile(
                            BrokerParty.sbd(
                                    OTHER,
                                    KURER_ORG,
                                    messageId,
                                    UUID.randomUUID().toString()),
                            KURER_ORG,
                            Map.of("a.txt", ("brev " + i).getBytes(StandardCharsets.UTF_8)))));
        }
        awaitConfirmed(good);
        awaitConfirmed(poison.keySet());
        awaitUntil("every good file received", Duration.ofSeconds(60), () -> countIn(messageIds) == messageIds.size());

        Map<String, JsonNode> byTransfer = new HashMap<>();
        for (JsonNode m : admin("/admin/dpo/messages?max=1000")) {
            byTransfer.put(m.path("fileTransferId").asText(), m);
        }
        JsonNode faults = get("/sandbox/altinn/broker/faults");
        poison.forEach((transfer, why) -> {
            JsonNode failed = byTransfer.get(transfer);
            assertTrue(failed != null, "kept for the administrator: " + transfer + " (" + why + ")");
            assertEquals("FAILED", failed.path("state").asText(), failed.toString());
            String reason = failed.path("reason").asText();
            assertTrue(reason.contains(why) && reason.length() <= 2000, why + ": " + reason);
            assertEquals(
                    1, faults.path("confirmationsByTransfer").path(transfer).asInt(), why + ": confirmed once");
        });
        assertEquals(
                5, faults.path("downloadsByTransfer").path(mismatched[0]).asInt(), "downloaded five times, no more");
        assertTrue(byTransfer.get(mismatched[0]).path("reason").asText().contains("checksum"));
        good.forEach(transfer -> assertEquals(
                1, faults.path("confirmationsByTransfer").path(transfer).asInt()));
    }

    @Test
    void aDownloadDroppedHalfWayResumesWithRangeAndTheWholeFileIsChecked() {
        byte[] large = random(12_000_000);
        String messageId = UUID.randomUUID().toString();
        byte[] file = other.dpoFile(
                BrokerParty.sbd(OTHER, KURER_ORG, messageId, UUID.randomUUID().toString()),
                KURER_ORG,
                Map.of("stor.bin", large));
        int resumedBefore =
                get("/sandbox/altinn/broker/faults").path("rangeStarts").size();
        other.faults("{\"dropDownloads\":1,\"dropAfterBytes\":" + file.length / 2 + "}");
        String transfer = other.send(KURER_ORG, file);
        awaitConfirmed(Set.of(transfer));

        JsonNode faults = get("/sandbox/altinn/broker/faults");
        JsonNode resumed = faults.path("rangeStarts");
        assertEquals(resumedBefore + 1, resumed.size(), "one Range request: " + faults);
        long from = resumed.get(resumed.size() - 1).asLong();
        assertTrue(from > 0 && from <= file.length / 2, "resumed from the bytes already stored: " + from);
        assertEquals("RECEIVED", incoming(messageId, null).path("state").asText());
        Map<String, byte[]> asic = unzip(pop(messageId, null));
        assertArrayEquals(large, asic.get("stor.bin"), "the resumed file, whole and checked");
    }

    @Test
    void refusals() {
        HttpResponse<String> unknownReceiver = post(
                "/api/messages/out",
                "application/json",
                BrokerParty.sbd(KURER_ORG, NO_CERTIFICATE, UUID.randomUUID().toString(), "c"));
        assertEquals(400, unknownReceiver.statusCode(), unknownReceiver.body());
        assertTrue(unknownReceiver.body().contains("dpo-receiver-unknown"), unknownReceiver.body());
        assertEquals(
                403,
                post(
                                "/api/messages/out",
                                "application/json",
                                BrokerParty.sbd(
                                        OTHER, KURER_ORG, UUID.randomUUID().toString(), "c"))
                        .statusCode());
        assertEquals(
                400, post("/api/messages/out", "application/json", "{\"no\":1}").statusCode());
        HttpResponse<String> created = post(
                "/api/messages/out",
                "application/json",
                BrokerParty.sbd(KURER_ORG, OTHER, UUID.randomUUID().toString(), "c"));
        String messageId = idOf(Corner1.readTree(created.body()));
        assertEquals(
                400,
                post("/api/messages/out/" + messageId, "application/json", "").statusCode());
        assertEquals(404, api("DELETE", "/api/messages/in/nope").statusCode());
        assertEquals(204, api("GET", "/api/messages/in/peek?messageId=nope").statusCode());
        // the sandbox broker: the other organisation may not download what is not addressed to it
        HttpResponse<String> search = c1.send(
                HttpRequest.newBuilder(c1.base().resolve("/sandbox/altinn/broker/api/v1/filetransfer?resourceId=x"))
                        .build());
        assertEquals(401, search.statusCode());
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /** Each transfer is confirmed, downloaded once, FAILED with its reason, and has left nothing in the store. */
    private void assertRefusedAndGone(BrokerParty sender, Map<String, String> reasons) {
        awaitConfirmed(reasons.keySet(), sender);
        HttpResponse<String> forAdmin =
                new Admin(Kurer.base()).get("/admin/dpo/messages?max=1000", Admin.basic(Admin.USER, Admin.PASSWORD));
        Map<String, JsonNode> byTransfer = new HashMap<>();
        Corner1.readTree(forAdmin.body())
                .forEach(m -> byTransfer.put(m.path("fileTransferId").asText(), m));
        reasons.forEach((id, reason) -> {
            JsonNode failed = byTransfer.get(id);
            assertTrue(failed != null, "shown to the admin: " + id);
            assertEquals("FAILED", failed.path("state").asText(), failed.toString());
            assertTrue(failed.path("reason").asText().contains(reason), reason + " in " + failed);
            assertEquals(1, sender.downloads(id), "downloaded once: " + id);
            JsonNode listed = failedFile(id);
            assertTrue(listed.path("rawFile").isNull(), "no raw file offered: " + listed);
            assertProblem(
                    new Admin(Kurer.base())
                            .get(
                                    "/admin/dpo/failed/" + listed.path("id").asLong() + "/file",
                                    Admin.basic(Admin.USER, Admin.PASSWORD)),
                    404,
                    "raw-file-not-kept");
        });
        Path in = STORE.resolve("in");
        try (Stream<Path> files = Files.exists(in) ? Files.walk(in) : Stream.empty()) {
            List<Path> left = files.filter(f -> reasons.keySet().stream()
                            .anyMatch(id -> f.toString().contains(id)))
                    .toList();
            assertEquals(List.of(), left, "nothing of a refused file is left in the store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sbd() {
        return BrokerParty.sbd(
                OTHER,
                KURER_ORG,
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
    }

    /** A zip with two entries of one 3,000-character name (ZipOutputStream refuses to write it: renamed after). */
    private static byte[] duplicateLongNames() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : new String[] {"a".repeat(3000), "b".repeat(3000)}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("0".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1)
                .replace("b".repeat(3000), "a".repeat(3000))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private void aGoodMessageStillArrives() {
        String messageId = UUID.randomUUID().toString();
        String id = other.send(
                KURER_ORG,
                other.dpoFile(
                        BrokerParty.sbd(
                                OTHER, KURER_ORG, messageId, UUID.randomUUID().toString()),
                        KURER_ORG,
                        Map.of("a.txt", new byte[10])));
        awaitConfirmed(Set.of(id));
        assertEquals("RECEIVED", incoming(messageId, null).path("state").asText());
    }

    private void awaitConfirmed(Set<String> transfers) {
        awaitConfirmed(transfers, other);
    }

    private void awaitConfirmed(Set<String> transfers, BrokerParty sender) {
        Set<String> open = new HashSet<>(transfers);
        JsonNode[] last = {null};
        try {
            awaitUntil("every file confirmed", Duration.ofSeconds(240), () -> {
                open.removeIf(id -> "DownloadConfirmed"
                        .equals((last[0] = sender.overview(id))
                                .path("recipients")
                                .path(0)
                                .path("currentRecipientFileTransferStatusCode")
                                .asText()));
                return open.isEmpty();
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the broker says " + last[0], e);
        }
    }

    private long countIn(Set<String> messageIds) {
        long n = 0;
        for (String m : waiting()) {
            if (messageIds.contains(m)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The message ids waiting for the local system, as {@code GET /api/messages/in} lists them (one per message), every
     * page of them: the tests leave hundreds waiting.
     */
    private List<String> waiting() {
        List<String> ids = new ArrayList<>();
        for (int number = 0; ; number++) {
            JsonNode page = Corner1.readTree(
                    api("GET", "/api/messages/in?size=500&page=" + number).body());
            page.path("content").forEach(sbd -> ids.add(idOf(sbd)));
            if (page.path("last").asBoolean(true) || page.path("content").isEmpty()) {
                return ids;
            }
        }
    }

    static String idOf(JsonNode sbd) {
        return sbd.at("/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier")
                .asText();
    }

    /** The outgoing message as the operator sees it: Kurer's state, file transfer and history; missing if none. */
    private JsonNode outgoing(String messageId) {
        for (JsonNode m : admin("/admin/dpo/messages?messageId=" + messageId)) {
            if ("OUT".equals(m.path("direction").asText())) {
                return m;
            }
        }
        return Corner1.readTree("{}").path("none");
    }

    /** The incoming message (from {@code sender}'s organisation number, if not null) as the operator sees it. */
    private JsonNode incoming(String messageId, String sender) {
        for (JsonNode m : admin("/admin/dpo/messages?messageId=" + messageId)) {
            if ("IN".equals(m.path("direction").asText())
                    && (sender == null || sender.equals(m.path("sender").asText()))) {
                return m;
            }
        }
        return Corner1.readTree("{}").path("none");
    }

    /** Peek (locks it), then pop: the decrypted ASiC-E as the NextMove API hands it over. */
    private byte[] pop(String messageId, String sender) {
        String query = sender == null ? "" : "?sender=" + sender;
        String peekBy = sender == null ? "" : "&senderIdentifier=" + sender;
        assertEquals(
                200,
                api("GET", "/api/messages/in/peek?messageId=" + messageId + peekBy)
                        .statusCode());
        return bytes("/api/messages/in/pop/" + messageId + query);
    }

    private JsonNode admin(String path) {
        HttpResponse<String> response = new Admin(Kurer.base()).get(path, Admin.basic(Admin.USER, Admin.PASSWORD));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Corner1.readTree(response.body());
    }

    private HttpResponse<String> api(String method, String path) {
        return c1.send(HttpRequest.newBuilder(c1.base().resolve(path))
                .header("Authorization", NextMoveUser.basic())
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /**
     * The metrics once Kurer has no status message left to send and has moved no file (no initialize, upload,
     * download or confirm; following transfers goes on) for 20 s (at most 7 minutes: a backlog of 250 files and their answers at 120 calls a minute).
     */
    private Metrics quiet() {
        Instant until = Instant.now().plusSeconds(420);
        Metrics first = Metrics.scrape(c1.base());
        while (true) {
            Instant window = Instant.now().plusSeconds(20);
            while (Instant.now().isBefore(window)) {
                sleep();
            }
            Metrics second = Metrics.scrape(c1.base());
            double calls = 0;
            for (String endpoint : List.of("initialize", "upload", "download", "confirm")) {
                calls += second.since(first, "kurer_dpo_broker_calls_total", "endpoint=\"" + endpoint + "\"");
            }
            if (calls == 0 && second.sum("kurer_dpo_status_messages", "state=\"QUEUED\"") == 0) {
                return second;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Kurer's broker traffic did not settle within 7 minutes: " + calls
                        + " file calls in the last 20 s");
            }
            first = second;
        }
    }

    private <T> T await(String what, java.util.function.Supplier<T> probe) {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            sleep();
        }
        throw new AssertionError("not " + what + " within 60 s");
    }

    private static void awaitUntil(String what, Duration limit, BooleanSupplier done) {
        Instant until = Instant.now().plus(limit);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not " + what + " within " + limit);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String path, String type, String body) {
        return c1.send(HttpRequest.newBuilder(c1.base().resolve(path))
                .header("Authorization", NextMoveUser.basic())
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpResponse<String> putFile(String messageId, String name, byte[] bytes) {
        return c1.send(HttpRequest.newBuilder(c1.base().resolve("/api/messages/out/" + messageId))
                .header("Authorization", NextMoveUser.basic())
                .header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; name=\"Dokument\"; filename=\"" + name + "\"")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build());
    }

    private JsonNode get(String path) {
        HttpResponse<String> response =
                c1.send(HttpRequest.newBuilder(c1.base().resolve(path)).build());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Corner1.readTree(response.body());
    }

    private byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response = c1.http()
                    .send(
                            HttpRequest.newBuilder(c1.base().resolve(path))
                                    .header("Authorization", NextMoveUser.basic())
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        return BrokerParty.unzip(zip);
    }
}
