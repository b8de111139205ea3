package no.kurer.nextmove;

import static no.kurer.nextmove.NextMoveApi.json;
import static no.kurer.testsupport.Kurer.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import no.kurer.testsupport.Admin;
import no.kurer.testsupport.BrokerParty;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Kurer;
import no.kurer.testsupport.WebhookSubscriber;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16: a fagsystem written for Digdir's integration point uses Kurer's {@code /api} unchanged. Kurer acts for the
 * sandbox operator organisation (999888771) and sends to that same organisation over the sandbox Altinn Broker, so the
 * fagsystem receives what it sent: peek, pop, delete. Both conversations then show their eFormidling statuses, and a
 * webhook subscriber that refused Kurer's first two attempts has each of them exactly once ({@link StatusTrail}).
 */
@ExtendWith(ArquillianExtension.class)
class NextMoveIT {

    static final String ORG = "999888771";

    final Corner1 http = new Corner1(Kurer.base());
    final NextMoveApi api = NextMoveApi.fagsystem(http);

    @Deployment(testable = false)
    static WebArchive kurer() {
        return Kurer.war();
    }

    @Test
    void aFagsystemSendsAndItsCounterpartPeeksPopsAndDeletesTheSameBytes() {
        try (WebhookSubscriber subscriber = WebhookSubscriber.start()) {
            StatusTrail trail = StatusTrail.subscribe(api, subscriber);
            sendAndReceive(trail);
        }
    }

    private void sendAndReceive(StatusTrail trail) {
        byte[] arkivmelding = arkivmelding("brev.pdf").getBytes(StandardCharsets.UTF_8);
        byte[] pdf = random(200_000);
        HttpResponse<String> created = api.post("/api/messages/out", sbd(null, "brev.pdf"));
        assertEquals(200, created.statusCode(), created.body());
        JsonNode sbd = json(created);
        Shapes.assertSameFields(Shapes.recorded("sbd.json"), sbd, "SBD", 5);
        JsonNode header = sbd.path("standardBusinessDocumentHeader");
        assertEquals(
                "0192:" + ORG,
                header.path("sender").path(0).path("identifier").path("value").asText());
        String messageId =
                header.path("documentIdentification").path("instanceIdentifier").asText();
        UUID.fromString(messageId);
        JsonNode scope = header.path("businessScope").path("scope").path(0);
        UUID.fromString(scope.path("instanceIdentifier").asText());
        OffsetDateTime expected = OffsetDateTime.parse(scope.path("scopeInformation")
                .path(0)
                .path("expectedResponseDateTime")
                .asText());
        assertTrue(Duration.between(OffsetDateTime.now(), expected).toHours() >= 23, "expected response in 24 h");

        assertEquals(
                200,
                api.put(messageId, "Arkivmelding", "arkivmelding.xml", arkivmelding)
                        .statusCode());
        assertEquals(200, api.put(messageId, "Brev", "brev.pdf", pdf).statusCode());
        assertEquals(200, api.post("/api/messages/out/" + messageId, "").statusCode());

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("arkivmelding.xml", arkivmelding("vedlegg.pdf").getBytes(StandardCharsets.UTF_8));
        files.put("vedlegg.pdf", random(70_000));
        HttpResponse<String> multipart = api.multipart(sbd(UUID.randomUUID().toString(), "vedlegg.pdf"), files);
        assertEquals(200, multipart.statusCode(), multipart.body());
        String second = json(multipart)
                .path("standardBusinessDocumentHeader")
                .path("documentIdentification")
                .path("instanceIdentifier")
                .asText();
        assertEquals(200, api.post("/api/messages/out/" + second, "").statusCode());

        JsonNode page = json(api.get("/api/messages/out?messageId=" + messageId));
        Shapes.assertSameFields(Shapes.recorded("page.json"), page, "Page", 1);
        assertEquals(1, page.path("totalElements").asLong());
        assertEquals(
                messageId,
                page.path("content")
                        .path(0)
                        .path("standardBusinessDocumentHeader")
                        .path("documentIdentification")
                        .path("instanceIdentifier")
                        .asText());
        assertEquals(200, api.get("/api/messages/out/" + messageId).statusCode(), "Kurer keeps a sent message");
        JsonNode conversation = json(api.get("/api/conversations?messageId=" + messageId + "&messageTitle="
                        + URLEncoder.encode(title("brev.pdf"), StandardCharsets.UTF_8)))
                .path("content");
        assertEquals(
                1, conversation.size(), "the arkivmelding's offentligTittel finds the conversation: " + conversation);
        assertEquals(messageId, conversation.path(0).path("messageId").asText());
        assertEquals(
                "sak-brev.pdf-7", conversation.path(0).path("messageReference").asText(), "systemID-journalpostnummer");

        receiveExactly(messageId, Map.of("arkivmelding.xml", arkivmelding, "brev.pdf", pdf));
        receiveExactly(second, files);
        trail.assertDeliveredAndAnnouncedOnce(messageId);
    }

    /** The counterpart: waits until the message is listed, is refused pop and delete unlocked, then takes it. */
    private void receiveExactly(String messageId, Map<String, byte[]> files) {
        String filter = "?messageId=" + messageId;
        Instant until = Instant.now().plusSeconds(120);
        while (json(api.get("/api/messages/in" + filter)).path("totalElements").asLong() == 0) {
            assertTrue(Instant.now().isBefore(until), "message " + messageId + " not received within 120 s");
            Admin.sleep(500);
        }
        assertProblem(api.get("/api/messages/in/pop/" + messageId), 400, "nextmove-message-not-locked");
        assertProblem(api.delete("/api/messages/in/" + messageId), 400, "nextmove-message-not-locked");
        CompletableFuture<HttpResponse<String>> first =
                CompletableFuture.supplyAsync(() -> api.get("/api/messages/in/peek" + filter));
        HttpResponse<String> other = api.get("/api/messages/in/peek" + filter);
        HttpResponse<String> peeked = other.statusCode() == 200 ? other : first.join();
        assertEquals(200, peeked.statusCode(), peeked.body());
        assertEquals(Set.of(200, 204), Set.of(first.join().statusCode(), other.statusCode()), "one peek locks it");
        assertEquals(
                messageId,
                json(peeked)
                        .path("standardBusinessDocumentHeader")
                        .path("documentIdentification")
                        .path("instanceIdentifier")
                        .asText());
        assertEquals(204, api.get("/api/messages/in/peek" + filter).statusCode(), "a locked message is not peeked");

        HttpResponse<byte[]> popped = api.bytes("/api/messages/in/pop/" + messageId);
        assertEquals(200, popped.statusCode());
        assertEquals(
                "application/vnd.etsi.asic-e+zip",
                popped.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                "attachment; filename=asic.zip",
                popped.headers().firstValue("Content-Disposition").orElse(""));
        Map<String, byte[]> asic = BrokerParty.unzip(popped.body());
        files.forEach((name, bytes) -> assertArrayEquals(bytes, asic.get(name), name));

        HttpResponse<String> deleted = api.delete("/api/messages/in/" + messageId);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(
                0,
                json(api.get("/api/messages/in" + filter)).path("totalElements").asLong());
        assertEquals(204, api.get("/api/messages/in/peek" + filter).statusCode());
        assertProblem(api.delete("/api/messages/in/" + messageId), 404, "unknown-message");
        assertProblem(api.get("/api/messages/in/pop/" + messageId), 404, "unknown-message");
    }

    @Test
    void refusalsCarryEfmsStatusAndBothErrorShapes() {
        assertProblem(
                api.post(
                        "/api/messages/out",
                        sbd(null, "a.pdf").replace("\"type\":\"arkivmelding\"", "\"type\":\"brevmelding\"")),
                400,
                "nextmove-unknown-document-type");
        String messageId = json(api.post("/api/messages/out", sbd(null, "a.pdf")))
                .path("standardBusinessDocumentHeader")
                .path("documentIdentification")
                .path("instanceIdentifier")
                .asText();
        assertProblem(api.post("/api/messages/out", sbd(messageId, "a.pdf")), 400, "nextmove-duplicate-message-id");
        assertProblem(api.post("/api/messages/out/" + messageId, ""), 400, "no-files");
        assertEquals(200, api.put(messageId, "A", "a.pdf", random(10)).statusCode());
        assertProblem(api.put(messageId, "A", "a.pdf", random(10)), 400, "nextmove-multiple-main-documents");
        assertEquals(200, api.put(messageId, "B", "b.pdf", random(10)).statusCode());
        JsonNode duplicate = assertProblem(api.put(messageId, "B", "b.pdf", random(10)), 400, "duplicate-filename");
        assertTrue(
                Shapes.names(duplicate).containsAll(Shapes.names(Shapes.recorded("error.json"))),
                "efm's error fields: " + duplicate);
        assertEquals("Bad Request", duplicate.path("error").asText());
        assertEquals(
                duplicate.path("detail").asText(), duplicate.path("message").asText());
        assertEquals("/api/messages/out/" + messageId, duplicate.path("path").asText());
        assertProblem(api.post("/api/messages/out/" + messageId, ""), 400, "missing-arkivmelding");
        assertEquals(
                200,
                api.put(
                                messageId,
                                "Arkivmelding",
                                "arkivmelding.xml",
                                arkivmelding("c.pdf").getBytes(StandardCharsets.UTF_8))
                        .statusCode());
        assertProblem(api.post("/api/messages/out/" + messageId, ""), 400, "nextmove-missing-referenced-file");

        String refused = UUID.randomUUID().toString();
        Map<String, byte[]> twice = new LinkedHashMap<>();
        twice.put("a.pdf", random(10));
        twice.put("A.pdf", random(11));
        assertProblem(api.multipart(sbd(refused, "a.pdf"), twice), 400, "invalid-file-name");
        assertProblem(api.get("/api/messages/out/" + refused), 404, "unknown-message");

        assertEquals(200, api.delete("/api/messages/out/" + messageId).statusCode());
        assertProblem(api.get("/api/messages/out/" + messageId), 404, "unknown-message");
        assertProblem(api.get("/api/messages/in/pop/" + UUID.randomUUID()), 404, "unknown-message");
        assertEquals(
                204,
                api.get("/api/messages/in/peek?messageId=" + UUID.randomUUID()).statusCode());
        assertProblem(api.get("/api/messages/out?size=0"), 400, "invalid-parameter");

        HttpResponse<String> anonymous = new NextMoveApi(http, null).get("/api/messages/out");
        assertProblem(anonymous, 401, "unauthorized");
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertProblem(new NextMoveApi(http, Admin.basic("fagsystem", "wrong")).get("/api/messages/in"), 401, "");
        assertProblem(
                new NextMoveApi(http, Admin.basic(Admin.USER, Admin.PASSWORD)).get("/api/messages/in"),
                403,
                "forbidden");
    }

    static String sbd(String messageId, String main) {
        String id = messageId == null ? "" : "\"instanceIdentifier\":\"" + messageId + "\",";
        return """
                {"standardBusinessDocumentHeader":{"headerVersion":"1.0",
                 "receiver":[{"identifier":{"authority":"iso6523-actorid-upis","value":"0192:%s"}}],
                 "documentIdentification":{"standard":"urn:no:difi:arkivmelding:xsd::arkivmelding","typeVersion":"2.0",
                  %s"type":"arkivmelding"},
                 "businessScope":{"scope":[{"type":"ConversationId",
                  "identifier":"urn:no:difi:profile:arkivmelding:administrasjon:ver1.0"}]}},
                 "arkivmelding":{"hoveddokument":"%s","sikkerhetsnivaa":3}}
                """.formatted(ORG, id, main);
    }

    static String arkivmelding(String file) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><arkivmelding xmlns=\"http://www.arkivverket.no/standarder/"
                + "noark5/arkivmelding\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<mappe xsi:type=\"saksmappe\"><systemID>sak-" + file + "</systemID>"
                + "<basisregistrering xsi:type=\"journalpost\"><offentligTittel>" + title(file) + "</offentligTittel>"
                + "<journalpostnummer>7</journalpostnummer><dokumentbeskrivelse><dokumentobjekt><referanseDokumentfil>"
                + file + "</referanseDokumentfil></dokumentobjekt></dokumentbeskrivelse></basisregistrering></mappe>"
                + "</arkivmelding>";
    }

    /** The offentligTittel of {@link #arkivmelding}: the conversation's messageTitle. */
    static String title(String file) {
        return "Vedtak om " + file;
    }

    static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
