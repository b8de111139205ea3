package no.kurer.dpi.peppol;

import static no.kurer.testsupport.Kurer.postMelding;
import static no.kurer.testsupport.Kurer.putPakke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.helger.phase4.sender.EAS4UserMessageSendResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import no.kurer.sandbox.c3.control.KvitteringFactory;
import no.kurer.sandbox.c3.entity.ForwardedMelding;
import no.kurer.sandbox.c3.entity.Kvitteringstype;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import no.kurer.sandbox.peppol.control.As4Identities;
import no.kurer.sandbox.peppol.control.As4Outbox;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Kurer;
import no.kurer.testsupport.Letter;
import no.kurer.testsupport.PayaraMicro;
import no.kurer.testsupport.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PEPPOL AS4 end to end on a real Payara Micro with the sandbox profile: the sender's letter is looked up in the
 * sandbox SMP, sent over AS4 to the sandbox corner 3, whose receipts come back over AS4 and are read through
 * {@code GET /dpi/kvittering/…}. Then what a sender sees when the receiver is unknown to the SMP, when its corner 3 is
 * down, and when corner 3 refuses twice; and an AS4 message signed outside the trusted CAs is refused.
 */
class As4IT {

    static final int PORT = Integer.getInteger("kurer.it.port", 18080) + 40;
    static final String AVSENDER = "991825827";
    static final String AS4_MAILBOX = "910076000";
    static final String DOWN = "910076019";
    static final String UNKNOWN = "910076027";

    /** Far above an AS4 receipt (tens of KiB), far below what runs a server out of memory. */
    static final int AS4_LIMIT = 1024 * 1024;

    static final Path DIR = Path.of(System.getProperty("kurer.it.dir", "target/it"), "as4-" + System.nanoTime());
    static PayaraMicro kurer;
    static Corner1 c1;
    static Map<String, String> properties = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        properties.put("mp.config.profile", "sandbox");
        properties.put("sandbox.base-url", "http://localhost:" + PORT);
        properties.put("sandbox.dir", DIR.resolve("sandbox").toString());
        properties.put("storage.dir", DIR.resolve("files").toString());
        properties.put(
                "db.url",
                "jdbc:h2:file:" + DIR.resolve("db/kurer").toAbsolutePath()
                        + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE");
        properties.put("dpi.transport." + DOWN, "as4");
        properties.put("dpi.transport." + UNKNOWN, "as4");
        properties.put("dpi.forward.interval-seconds", "1");
        properties.put("dpi.forward.initial-backoff-seconds", "1");
        properties.put("dpi.forward.max-backoff-seconds", "2");
        properties.put("dpi.forward.max-attempts", "4");
        properties.put("sandbox.c3.receipt-delay-ms", "300");
        properties.put("dpi.as4.max-body-bytes", String.valueOf(AS4_LIMIT));
        kurer = PayaraMicro.start(
                PORT,
                properties,
                List.of("--prebootcommandfile", "server-config/payara/http-listener.asadmin"),
                DIR.resolve("kurer.log"));
        c1 = new Corner1(kurer.base());
    }

    @AfterAll
    static void stop() throws Exception {
        if (kurer != null) {
            kurer.close();
        }
    }

    @Test
    void aLetterGoesOverAs4AndItsReceiptsComeBackOverAs4() throws Exception {
        Letter letter = send(AS4_MAILBOX);

        JsonNode receipts = awaitReceipts(letter.conversationId(), 2);
        assertEquals("mottakskvittering", receipts.get(0).path("type").asText(), receipts.toString());
        assertEquals("leveringskvittering", receipts.get(1).path("type").asText(), receipts.toString());
        assertTrue(statuses(letter).contains("SENDT"), statuses(letter));
        assertEquals(List.of("ACCEPTED"), attempts(letter.meldingsid()));
        assertTrue(
                details(letter.meldingsid()).get(0).contains("/sandbox/as4"),
                details(letter.meldingsid()).toString());
    }

    @Test
    void aCorner3RefusingTwiceGetsTheMessageOnTheThirdAttempt() throws Exception {
        JsonNode faults = c1.postJson("/sandbox/c3/faults", Map.of("refuseFirst", 2, "delayMillis", 0));
        assertEquals(2, faults.path("refuseFirst").asInt(), faults.toString());
        Letter letter = send(AS4_MAILBOX);

        JsonNode receipts = awaitReceipts(letter.conversationId(), 2);
        assertEquals("leveringskvittering", receipts.get(1).path("type").asText(), receipts.toString());
        assertEquals(List.of("FAILED", "FAILED", "ACCEPTED"), attempts(letter.meldingsid()));
        assertTrue(
                details(letter.meldingsid()).get(0).contains("AS4 error"),
                details(letter.meldingsid()).toString());
    }

    @Test
    void aReceiverUnknownToTheSmpIsRetriedThenFeiletWithAFeilReceiptNamingTheLookup() throws Exception {
        Letter letter = send(UNKNOWN);

        JsonNode receipts = awaitReceipts(letter.conversationId(), 1);
        assertEquals("feil", receipts.get(0).path("type").asText(), receipts.toString());
        String statuses = statuses(letter);
        assertTrue(
                statuses.contains("FEILET") && statuses.contains("0192:" + UNKNOWN) && statuses.contains("SMP"),
                statuses);
        assertEquals(List.of("FAILED", "FAILED", "FAILED", "GAVE_UP"), attempts(letter.meldingsid()));
    }

    @Test
    void aCorner3ThatIsDownIsRetriedThenFeilet() throws Exception {
        Letter letter = send(DOWN);

        JsonNode receipts = awaitReceipts(letter.conversationId(), 1);
        assertEquals("feil", receipts.get(0).path("type").asText(), receipts.toString());
        String statuses = statuses(letter);
        assertTrue(statuses.contains("FEILET") && statuses.contains("did not answer the AS4 message"), statuses);
        assertEquals(4, attempts(letter.meldingsid()).size());
    }

    @Test
    void anAs4MessageSignedOutsideTheTrustedCasIsRefusedAndItsReceiptNeverShows() throws Exception {
        Letter letter = send(AS4_MAILBOX);
        awaitReceipts(letter.conversationId(), 2);

        SandboxCertificateAuthority rogue = new SandboxCertificateAuthority(DIR.resolve("rogue"));
        EnterpriseIdentity impostor = rogue.issue("924918004", "PNO000003");
        EnterpriseIdentity provider = c1.identity(AS4_MAILBOX);
        ForwardedMelding melding = new ForwardedMelding(
                letter.meldingsid(),
                letter.conversationId(),
                KvitteringFactory.DIGITAL_PROCESS,
                "digital",
                AVSENDER,
                null,
                "x");
        KvitteringFactory forged = KvitteringFactory.answering(
                melding, Kvitteringstype.AAPNINGSKVITTERING, AS4_MAILBOX, Clock.systemUTC());
        X509Certificate kurerCertificate = kurerAs4Certificate();
        // the impostor knows Kurer's certificate and its real CA, so that only Kurer's signature check can stop it
        var outbox = new As4Outbox(
                As4Identities.keyStore(impostor), As4Identities.trustStore(rogue), sandboxCa(), "PNO000003");
        EAS4UserMessageSendResult result = outbox.send(
                AS4_MAILBOX,
                AVSENDER,
                "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:aapningskvittering::1.0",
                KvitteringFactory.DIGITAL_PROCESS,
                forged.sign(provider),
                kurer.base().resolve("/as4").toString(),
                kurerCertificate);

        assertNotEquals(EAS4UserMessageSendResult.SUCCESS, result);
        Thread.sleep(1000);
        JsonNode receipts = awaitReceipts(letter.conversationId(), 2);
        assertEquals(2, receipts.size(), receipts.toString());
        assertTrue(!receipts.toString().contains(forged.meldingsid()), receipts.toString());
    }

    @Test
    void anAs4MessagePastTheLimitIsRefusedWithoutBeingReadAndAGoodOneStillArrives() throws Exception {
        Map<String, String> soap = Map.of("Content-Type", "application/soap+xml;charset=utf-8");
        Map<String, String> declared = new HashMap<>(soap);
        declared.put("Content-Length", String.valueOf(300L * 1024 * 1024));
        try (RawHttp post = RawHttp.open(kurer.base(), "POST", "/as4", declared)) {
            post.send(new byte[64 * 1024]);
            assertAs4TooLarge(post.read(Duration.ofSeconds(30)));
            assertTrue(post.closedWithin(Duration.ofSeconds(10)), "the connection stays open for the other 300 MB");
        }

        // chunked: no length to check, so the limit is found while reading; the body is an XML comment that never ends
        Map<String, String> chunked = new HashMap<>(soap);
        chunked.put("Transfer-Encoding", "chunked");
        try (RawHttp post = RawHttp.open(kurer.base(), "POST", "/as4", chunked)) {
            AtomicLong sent = new AtomicLong();
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                byte[] comment = new byte[64 * 1024];
                Arrays.fill(comment, (byte) 'a');
                try {
                    post.sendChunk("<?xml version=\"1.0\"?><!--".getBytes(StandardCharsets.UTF_8));
                    while (sent.get() < 64L * AS4_LIMIT) {
                        post.sendChunk(comment);
                        sent.addAndGet(comment.length);
                    }
                } catch (IOException closedByKurer) {
                    // expected once Kurer has refused
                }
            });
            assertAs4TooLarge(post.read(Duration.ofSeconds(60)));
            assertTrue(sent.get() < 64L * AS4_LIMIT, "refused only after the whole body: " + sent.get());
            assertTrue(post.closedWithin(Duration.ofSeconds(10)), "the connection stays open after the refusal");
            post.close();
            sending.get(30, TimeUnit.SECONDS);
        }

        Letter letter = send(AS4_MAILBOX);
        assertEquals(2, awaitReceipts(letter.conversationId(), 2).size());
    }

    static void assertAs4TooLarge(RawHttp.Answer answer) {
        assertEquals(413, answer.status(), answer::toString);
        assertTrue(answer.header("Content-Type").startsWith(Kurer.PROBLEM_JSON), answer::toString);
        assertTrue(answer.body().contains("dpi.as4.max-body-bytes"), answer.body());
        assertEquals("close", answer.header("Connection").toLowerCase(java.util.Locale.ROOT), answer::toString);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    static Letter send(String receiver) {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, c1.identity(AVSENDER), token, f -> f.receiver(receiver));
        HttpResponse<String> posted = postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token);
        assertEquals(200, posted.statusCode(), posted.body());
        HttpResponse<String> put = putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token);
        assertEquals(200, put.statusCode(), put.body());
        return letter;
    }

    static JsonNode awaitReceipts(String conversationId, int count) throws InterruptedException {
        return c1.awaitReceipts(AVSENDER, conversationId, count, Duration.ofSeconds(90));
    }

    static String statuses(Letter letter) {
        HttpResponse<String> statuses = c1.send(
                HttpRequest.newBuilder(c1.base().resolve("/dpi/messages/out/" + letter.meldingsid() + "/statuses"))
                        .header("Authorization", "Bearer " + c1.token(AVSENDER))
                        .build());
        assertEquals(200, statuses.statusCode(), statuses.body());
        return statuses.body();
    }

    static List<String> attempts(String meldingsid) throws Exception {
        return column("SELECT outcome FROM dpi_forward_attempt WHERE meldingsid = '" + meldingsid + "' ORDER BY id");
    }

    static List<String> details(String meldingsid) throws Exception {
        return column("SELECT detail FROM dpi_forward_attempt WHERE meldingsid = '" + meldingsid + "' ORDER BY id");
    }

    /** The attempt log, read while Kurer runs (H2's AUTO_SERVER lets the test connect to Kurer's database). */
    static List<String> column(String query) throws Exception {
        try (Connection db = DriverManager.getConnection(properties.get("db.url"), "kurer", "kurer");
                ResultSet rows = db.createStatement().executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    static X509Certificate sandboxCa() throws Exception {
        try (InputStream in = Files.newInputStream(DIR.resolve("sandbox/ca.pem"))) {
            return (X509Certificate)
                    java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    static X509Certificate kurerAs4Certificate() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(DIR.resolve("sandbox/as4/kurer-as4.p12"))) {
            keys.load(in, As4Identities.PASSWORD.toCharArray());
        }
        return (X509Certificate) keys.getCertificate(As4Identities.ALIAS);
    }
}
