package no.kurer.dpi.kvittering;

import static no.kurer.testsupport.Kurer.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import no.kurer.dpi.kvittering.control.KvitteringFactory;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import no.kurer.sandbox.maskinporten.control.GrantFactory;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Kurer;
import no.kurer.testsupport.Letter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Receipts end to end on a real Payara Micro: a sender sends, the test plays corner 3 (token from the sandbox
 * Maskinporten for 924918004, receipts signed by the sandbox mailbox provider 987464291) and delivers receipts, and the
 * sender reads them through the seed's API and Digdir's production API; nobody else sees them.
 */
@ExtendWith(ArquillianExtension.class)
class KvitteringIT {

    static final String AVSENDER = "991825827";
    static final String OTHER = "910753614";
    static final String SUPPLIER = "889640782";
    static final String OTHER_SUPPLIER = "974760673";
    static final String C3 = "924918004";
    /**
     * A mailbox provider with no route in the sandbox: letters to it stay in Kurer, so this test plays its corner 3
     * and decides every receipt itself (letters to the sandbox mailbox provider get the sandbox corner 3's receipts).
     */
    static final String POSTKASSE = "974760673";

    final Corner1 c1 = new Corner1(Kurer.base());

    @Deployment(testable = false)
    static WebArchive kurer() {
        return Kurer.war();
    }

    // --- the way back ---------------------------------------------------------------------------------------

    @Test
    void receiptsReachTheSenderOldestFirstInBothApis() {
        String token = c1.token(AVSENDER);
        Letter letter = sent(AVSENDER, c1.identity(AVSENDER), token, UnaryOperator.identity());

        String mottak = receipt(letter, AVSENDER, "mottakskvittering");
        String levering = receipt(letter, AVSENDER, "leveringskvittering");
        assertEquals(200, deliver(AVSENDER, letter.conversationId(), mottak).statusCode());
        assertEquals(200, deliver(AVSENDER, letter.conversationId(), levering).statusCode());

        HttpResponse<String> polled = get("/dpi/kvittering/" + letter.conversationId(), token);
        assertEquals(200, polled.statusCode(), polled.body());
        JsonNode receipts = Corner1.readTree(polled.body());
        assertEquals(2, receipts.size(), polled.body());
        assertEquals("mottakskvittering", receipts.get(0).path("type").asText());
        assertEquals(mottak, receipts.get(0).path("kvittering").asText());
        assertEquals("leveringskvittering", receipts.get(1).path("type").asText());
        assertEquals(levering, receipts.get(1).path("kvittering").asText());
        assertTrue(receipts.get(0).path("tidspunkt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*"), polled.body());

        List<String> unread = unread(token, "");
        assertTrue(unread.indexOf(mottak) >= 0 && unread.indexOf(mottak) < unread.indexOf(levering), unread.toString());
        HttpResponse<String> one = get("/dpi/messages/in/" + id(mottak), token);
        assertEquals(200, one.statusCode(), one.body());
        assertEquals(mottak, one.body());

        assertEquals(
                200, post("/dpi/messages/in/" + id(mottak) + "/read", token).statusCode());
        assertEquals(
                200, post("/dpi/messages/in/" + id(mottak) + "/read", token).statusCode());
        List<String> after = unread(token, "");
        assertFalse(after.contains(mottak));
        assertTrue(after.contains(levering));
        // the seed's API still lists every receipt of the conversation, read or not
        assertEquals(
                2,
                Corner1.readTree(get("/dpi/kvittering/" + letter.conversationId(), token)
                                .body())
                        .size());
    }

    @Test
    void anEmptyArrayUntilTheFirstReceipt() {
        String token = c1.token(AVSENDER);
        Letter letter = sent(AVSENDER, c1.identity(AVSENDER), token, UnaryOperator.identity());
        HttpResponse<String> polled = get("/dpi/kvittering/" + letter.conversationId(), token);
        assertEquals(200, polled.statusCode(), polled.body());
        assertEquals("[]", polled.body().replace(" ", ""));
    }

    @Test
    void onlyTheSenderAndItsDataProcessorSeeTheReceipts() {
        String processorToken = c1.tokenFor(AVSENDER, SUPPLIER);
        Letter letter = sent(
                AVSENDER,
                c1.identity(SUPPLIER),
                processorToken,
                f -> f.sender(SUPPLIER)
                        .patch("/standardBusinessDocument/digital/avsender/avsenderidentifikator", "skatt-1"));
        String levering = receipt(letter, AVSENDER, "leveringskvittering");
        assertEquals(200, deliver(AVSENDER, letter.conversationId(), levering).statusCode());
        String conversation = letter.conversationId();

        String senderToken = c1.token(AVSENDER);
        for (String token : List.of(senderToken, processorToken)) {
            assertEquals(
                    1,
                    Corner1.readTree(get("/dpi/kvittering/" + conversation, token)
                                    .body())
                            .size());
            assertEquals(
                    1,
                    Corner1.readTree(get("/dpi/kvittering/skatt-1/" + conversation, token)
                                    .body())
                            .size());
            assertTrue(unread(token, "?avsenderidentifikator=skatt-1").contains(levering));
        }
        assertProblem(get("/dpi/kvittering/skatt-2/" + conversation, senderToken), 404, "unknown-conversation");
        assertFalse(unread(senderToken, "?avsenderidentifikator=skatt-2").contains(levering));

        String otherSender = c1.token(OTHER);
        String otherProcessor = c1.tokenFor(AVSENDER, OTHER_SUPPLIER);
        String processorForOther = c1.tokenFor(OTHER, SUPPLIER);
        for (String stranger : List.of(otherSender, otherProcessor, processorForOther)) {
            HttpResponse<String> refused = get("/dpi/kvittering/" + conversation, stranger);
            assertProblem(refused, 404, "unknown-conversation");
            assertEquals(
                    Corner1.readTree(get("/dpi/kvittering/" + UUID.randomUUID(), stranger)
                                    .body())
                            .path("title"),
                    Corner1.readTree(refused.body()).path("title"),
                    "a stranger learns no more than for a made-up id");
            assertProblem(get("/dpi/kvittering/skatt-1/" + conversation, stranger), 404, "unknown-conversation");
            assertFalse(unread(stranger, "").contains(levering));
            assertProblem(get("/dpi/messages/in/" + id(levering), stranger), 404, "unknown-kvittering");
            assertProblem(post("/dpi/messages/in/" + id(levering) + "/read", stranger), 404, "unknown-kvittering");
            assertProblem(
                    get("/dpi/messages/out/" + letter.meldingsid() + "/statuses", stranger), 404, "unknown-message");
        }
        assertTrue(unread(senderToken, "").contains(levering), "strangers could not mark it read");
    }

    @Test
    void theSameReceiptTwiceIsStoredOnce() {
        String token = c1.token(AVSENDER);
        Letter letter = sent(AVSENDER, c1.identity(AVSENDER), token, UnaryOperator.identity());
        String levering = receipt(letter, AVSENDER, "leveringskvittering");

        assertEquals(200, deliver(AVSENDER, letter.conversationId(), levering).statusCode());
        HttpResponse<String> again = deliver(AVSENDER, letter.conversationId(), levering);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(
                1,
                Corner1.readTree(get("/dpi/kvittering/" + letter.conversationId(), token)
                                .body())
                        .size());

        String reused = new KvitteringFactory(POSTKASSE, AVSENDER, letter.conversationId())
                .type("aapningskvittering")
                .meldingsid(id(levering))
                .sign(c1.identity(POSTKASSE));
        assertProblem(deliver(AVSENDER, letter.conversationId(), reused), 409, "kvittering-id-used");
        assertEquals(
                1,
                Corner1.readTree(get("/dpi/kvittering/" + letter.conversationId(), token)
                                .body())
                        .size());
    }

    // --- refusals --------------------------------------------------------------------------------------------

    @Test
    void corner3MustBeAllowedAndTheReceiptGenuine() {
        String token = c1.token(AVSENDER);
        Letter letter = sent(AVSENDER, c1.identity(AVSENDER), token, UnaryOperator.identity());
        String levering = receipt(letter, AVSENDER, "leveringskvittering");
        String path = "/dpi/c3/kvittering/" + AVSENDER + "/" + letter.conversationId() + "/" + id(levering);

        assertProblem(post(path, levering, null), 401, "invalid-token");
        assertProblem(post(path, levering, c1.token(OTHER)), 403, "c3-not-allowed");

        String unknown =
                new KvitteringFactory(POSTKASSE, AVSENDER, UUID.randomUUID().toString()).sign(c1.identity(POSTKASSE));
        assertProblem(deliver(AVSENDER, conversationOf(unknown), unknown), 404, "unknown-conversation");
        assertProblem(
                deliver(
                        OTHER,
                        letter.conversationId(),
                        new KvitteringFactory(POSTKASSE, OTHER, letter.conversationId()).sign(c1.identity(POSTKASSE))),
                404,
                "unknown-conversation");

        String[] parts = levering.split("\\.");
        String tampered =
                parts[0] + "." + parts[1] + "." + (parts[2].startsWith("A") ? "B" : "A") + parts[2].substring(1);
        assertProblem(deliver(AVSENDER, letter.conversationId(), tampered), 400, "signature");

        assertProblem(
                deliver(
                        AVSENDER,
                        letter.conversationId(),
                        new KvitteringFactory(POSTKASSE, AVSENDER, letter.conversationId()).sign(c1.identity(OTHER))),
                403,
                "not-the-issuer");
        assertProblem(
                post(
                        "/dpi/c3/kvittering/" + AVSENDER + "/" + letter.conversationId() + "/" + UUID.randomUUID(),
                        levering,
                        c1.token(C3)),
                400,
                "kvittering-mismatch");

        assertProblem(
                post(
                        "/dpi/c3/kvittering/" + AVSENDER + "/" + letter.conversationId() + "/" + letter.meldingsid(),
                        letter.forretningsmelding(),
                        c1.token(C3)),
                400,
                "not-a-kvittering");
        assertEquals(
                "[]",
                get("/dpi/kvittering/" + letter.conversationId(), token).body().replace(" ", ""));
    }

    // --- Digdir's production API --------------------------------------------------------------------------------

    @Test
    void digdirsClientSendsChunkedMultipartAndReadsStatusesAndReceiptsByChannel() {
        String token = c1.token(AVSENDER);
        Letter letter = unrouted(token);
        HttpResponse<String> sent = postChunked("/dpi/messages/out?kanal=MinKanal", letter, token);
        assertEquals(201, sent.statusCode(), sent.body());
        assertTrue(sent.headers()
                .firstValue("Location")
                .orElse("")
                .endsWith("/dpi/messages/out/" + letter.meldingsid() + "/statuses"));

        HttpResponse<String> statuses = get("/dpi/messages/out/" + letter.meldingsid() + "/statuses", token);
        assertEquals(200, statuses.statusCode(), statuses.body());
        JsonNode first = Corner1.readTree(statuses.body()).get(0);
        assertEquals("OPPRETTET", first.path("status").asText());
        assertTrue(first.path("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*"), statuses.body());
        assertTrue(first.has("beskrivelse"), statuses.body());

        assertProblem(postChunked("/dpi/messages/out", letter, token), 409, "");
        assertProblem(postChunked("/dpi/messages/out?kanal=min%20kanal", unrouted(token), token), 400, "invalid-kanal");

        String levering = receipt(letter, AVSENDER, "leveringskvittering");
        assertEquals(200, deliver(AVSENDER, letter.conversationId(), levering).statusCode());
        assertTrue(unread(token, "?kanal=minkanal").contains(levering));
        assertFalse(unread(token, "?kanal=annen").contains(levering));
        HttpResponse<String> none = get("/dpi/messages/in?kanal=ingen-sendte-med-denne", token);
        assertEquals(204, none.statusCode(), none.body());
    }

    /**
     * Digdir's integration point exactly as it behaves: its token has no {@code aud} (a grant without
     * {@code resource}), it sends chunked with parts sbd.jwt and asic.cms, polls with {@code page_size} and no
     * {@code page}, downloads and marks read. Its receipt names the parties the other way round (the seed's wording).
     */
    @Test
    void digdirsClientWithATokenWithoutAudienceSendsAndGetsItsReceipts() {
        String token =
                c1.token(new GrantFactory(c1.identity(AVSENDER), c1.issuer(), Clock.systemUTC()).scope(Corner1.SCOPE));
        assertFalse(payload(token).has("aud"), "the sandbox Maskinporten gave the token an aud: " + payload(token));
        String kanal = "digdir" + UUID.randomUUID().toString().substring(0, 8);
        String inbox = "/dpi/messages/in?kanal=" + kanal + "&page_size=10";
        assertEquals(204, get(inbox, token).statusCode());

        Letter letter = unrouted(token);
        HttpResponse<String> sent = postChunked("/dpi/messages/out?kanal=" + kanal, letter, token);
        assertEquals(201, sent.statusCode(), sent.body());
        HttpResponse<String> statuses = get("/dpi/messages/out/" + letter.meldingsid() + "/statuses", token);
        assertEquals(200, statuses.statusCode(), statuses.body());
        assertEquals(
                "OPPRETTET",
                Corner1.readTree(statuses.body()).get(0).path("status").asText(),
                statuses.body());

        String levering = new KvitteringFactory(POSTKASSE, AVSENDER, letter.conversationId())
                .type("leveringskvittering")
                .bodyParties(AVSENDER, POSTKASSE)
                .sign(c1.identity(POSTKASSE));
        assertEquals(200, deliver(AVSENDER, letter.conversationId(), levering).statusCode());

        HttpResponse<String> polled = get(inbox, token);
        assertEquals(200, polled.statusCode(), polled.body());
        JsonNode messages = Corner1.readTree(polled.body());
        assertEquals(1, messages.size(), polled.body());
        assertEquals(levering, messages.get(0).path("forretningsmelding").asText());
        HttpResponse<String> download = c1.send(HttpRequest.newBuilder(
                        URI.create(messages.get(0).path("downloadurl").asText()))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
        assertEquals(200, download.statusCode(), download.body());
        assertEquals(levering, download.body());
        assertEquals(
                200, post("/dpi/messages/in/" + id(levering) + "/read", token).statusCode());
        assertEquals(204, get(inbox, token).statusCode());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    Letter unrouted(String token) {
        return Letter.of(c1, AVSENDER, c1.identity(AVSENDER), token, f -> f.receiver(POSTKASSE));
    }

    Letter sent(
            String avsender,
            EnterpriseIdentity signer,
            String token,
            UnaryOperator<no.kurer.sandbox.sender.control.ForretningsmeldingFactory> tweak) {
        Letter letter = Letter.of(c1, avsender, signer, token, f -> tweak.apply(f.receiver(POSTKASSE)));
        String path = "/dpi/send/digitalpost/" + POSTKASSE + "/" + letter.conversationId();
        HttpResponse<String> sent = Kurer.send(c1, path, letter.forretningsmelding(), letter.dokumentpakke(), token);
        assertEquals(200, sent.statusCode(), sent.body());
        return letter;
    }

    String receipt(Letter letter, String avsender, String type) {
        return new KvitteringFactory(POSTKASSE, avsender, letter.conversationId())
                .type(type)
                .sign(c1.identity(POSTKASSE));
    }

    HttpResponse<String> deliver(String avsender, String conversationId, String receipt) {
        return post("/dpi/c3/kvittering/" + avsender + "/" + conversationId + "/" + id(receipt), receipt, c1.token(C3));
    }

    /** The receipt's own meldingsid, read from its payload as corner 3 would. */
    static String id(String jws) {
        return payload(jws)
                .at(
                        "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier")
                .asText();
    }

    static String conversationOf(String jws) {
        return payload(jws)
                .at("/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/0/instanceIdentifier")
                .asText();
    }

    static JsonNode payload(String jws) {
        return Corner1.readTree(
                new String(java.util.Base64.getUrlDecoder().decode(jws.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** The forretningsmeldinger of the caller's unread receipts, all pages. */
    List<String> unread(String token, String query) {
        List<String> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            String sep = query.isEmpty() ? "?" : query + "&";
            HttpResponse<String> response = get("/dpi/messages/in" + sep + "page_size=100&page=" + page, token);
            if (response.statusCode() == 204) {
                return all;
            }
            assertEquals(200, response.statusCode(), response.body());
            JsonNode messages = Corner1.readTree(response.body());
            messages.forEach(m -> {
                all.add(m.path("forretningsmelding").asText());
                assertTrue(
                        m.path("downloadurl")
                                .asText()
                                .startsWith(
                                        c1.base().resolve("/dpi/messages/in/").toString()),
                        m.toString());
            });
            if (messages.size() < 100) {
                return all;
            }
        }
    }

    HttpResponse<String> get(String path, String token) {
        return c1.send(HttpRequest.newBuilder(c1.base().resolve(path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }

    HttpResponse<String> post(String path, String token) {
        return c1.send(HttpRequest.newBuilder(c1.base().resolve(path))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    HttpResponse<String> post(String path, String jwt, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(c1.base().resolve(path))
                .header("Content-Type", "application/jwt")
                .POST(HttpRequest.BodyPublishers.ofString(jwt));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return c1.send(request.build());
    }

    /** As Digdir's integration point sends it: multipart parts sbd.jwt and asic.cms, Transfer-Encoding: chunked. */
    HttpResponse<String> postChunked(String path, Letter letter, String token) {
        String boundary = "efm-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"forretningsmelding\"; filename=\"sbd.jwt\"\r\n"
                        + "Content-Type: application/jwt\r\n\r\n" + letter.forretningsmelding() + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"dokumentpakke\"; filename=\"asic.cms\"\r\n"
                        + "Content-Type: application/cms\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(letter.dokumentpakke());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        return c1.send(HttpRequest.newBuilder(c1.base().resolve(path))
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                // no length known up front: the JDK client sends Transfer-Encoding: chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build());
    }
}
