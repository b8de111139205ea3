package no.kurer.serviceregistry;

import static no.kurer.testsupport.Kurer.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import no.kurer.testsupport.Admin;
import no.kurer.testsupport.BrokerParty;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Kurer;
import no.kurer.testsupport.NextMoveUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DPO receivers from the sandbox's service registry on a real Payara Micro: who may be sent to at create, the
 * registry's faults, the certificate the payload is encrypted to, and NextMove's {@code /api/capabilities}. Each test
 * sends to an organisation of its own, so no answer the registry client keeps for five minutes spills into another.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRegistryIT {

    static final String KURER_ORG = "999888771";
    static final String DPV_ONLY = "910075918";
    /** A valid organisation number the sandbox keeps no identity for, so its registry does not know it. */
    static final String UNKNOWN = "974760673";

    static final String PROCESS = "urn:no:difi:profile:arkivmelding:administrasjon:ver1.0";
    static final Random RANDOM = new Random();

    final Corner1 c1 = new Corner1(Kurer.base());

    @Deployment(testable = false)
    static WebArchive kurer() {
        return Kurer.war();
    }

    @AfterEach
    void clearFaults() {
        faults("{}");
    }

    @Test
    void aReceiverWithoutADpoRecordOrUnknownToTheRegistryIsRefusedAtCreateAndNothingIsStored() {
        String messageId = UUID.randomUUID().toString();
        JsonNode notDpo = assertProblem(create(DPV_ONLY, messageId), 400, "dpo-receiver-not-dpo");
        String detail = notDpo.path("detail").asText();
        assertTrue(
                detail.contains(DPV_ONLY) && detail.contains(PROCESS) && detail.contains("DPV"),
                "names the receiver, the process and what the registry offers: " + detail);
        assertEquals(404, api("/api/messages/out/" + messageId).statusCode());

        String other = UUID.randomUUID().toString();
        assertTrue(assertProblem(create(UNKNOWN, other), 400, "dpo-receiver-unknown")
                .path("detail")
                .asText()
                .contains(UNKNOWN));
        assertEquals(404, api("/api/messages/out/" + other).statusCode());
    }

    @Test
    void aTamperedRegistrySignatureIs502AndNothingIsStoredOrSent() {
        Receiver receiver = freshReceiver();
        faults("{\"tampered\":true}");
        String messageId = UUID.randomUUID().toString();

        assertProblem(create(receiver.orgno(), messageId), 502, "service-registry-untrusted");

        assertEquals(404, api("/api/messages/out/" + messageId).statusCode());
        assertTrue(receiver.party().inbox().isEmpty(), "nothing reached the receiver");
    }

    @Test
    void theRegistryDownIs503AndOnceItIsBackTheSameCreateSucceedsAndTheReceiverDecryptsTheMessage() {
        Receiver receiver = freshReceiver();
        faults("{\"down\":true}");
        String messageId = UUID.randomUUID().toString();

        HttpResponse<String> down = create(receiver.orgno(), messageId);
        assertProblem(down, 503, "service-registry-unreachable");
        assertTrue(
                down.headers().firstValue("Retry-After").isPresent(),
                "Retry-After: " + down.headers().map());
        assertEquals(404, api("/api/messages/out/" + messageId).statusCode());

        faults("{}");
        HttpResponse<String> created = create(receiver.orgno(), messageId);
        assertEquals(200, created.statusCode(), created.body());
        byte[] letter = "<arkivmelding/>".getBytes(StandardCharsets.UTF_8);
        assertEquals(200, putFile(messageId, "arkivmelding.xml", letter).statusCode());
        HttpResponse<String> sent = post("/api/messages/out/" + messageId, "application/json", "");
        assertEquals(200, sent.statusCode(), sent.body());

        String fileTransferId = await(() -> {
            JsonNode out = outgoing(messageId);
            return "PUBLISHED".equals(out.path("state").asText())
                    ? out.path("fileTransferId").asText()
                    : null;
        });
        assertTrue(receiver.party().inbox().contains(fileTransferId));
        Map<String, byte[]> asic = receiver.party().open(receiver.party().download(fileTransferId), KURER_ORG);
        assertArrayEquals(letter, asic.get("arkivmelding.xml"), "encrypted to the registry's certificate");
    }

    @Test
    void capabilitiesAnswerTheRegistrysRecordsInNextMovesShapeAnd404ForAnUnknownReceiver() throws IOException {
        Receiver receiver = freshReceiver();
        HttpResponse<String> answer =
                api("/api/capabilities/" + receiver.orgno() + "?securityLevel=3&process=" + PROCESS);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode example = recorded("/nextmove/capabilities.json");
        JsonNode actual = Corner1.readTree(answer.body());
        assertSameShape(example, actual, "$");
        assertEquals(example, actual);

        JsonNode dpv = Corner1.readTree(
                api("/api/capabilities/" + DPV_ONLY + "?process=" + PROCESS).body());
        assertEquals(
                "DPV",
                dpv.path("capabilities").path(0).path("serviceIdentifier").asText(),
                dpv.toString());
        assertEquals(
                "arkivmelding",
                dpv.path("capabilities")
                        .path(0)
                        .path("documentTypes")
                        .path(0)
                        .path("type")
                        .asText());

        assertProblem(api("/api/capabilities/" + UNKNOWN), 404, "service-registry-unknown-identifier");
        faults("{\"down\":true}");
        assertProblem(api("/api/capabilities/" + freshReceiver().orgno()), 503, "service-registry-unreachable");
    }

    /** Field names, at every level, as the recorded example has them; arrays compared by their first item. */
    static void assertSameShape(JsonNode example, JsonNode actual, String path) {
        assertEquals(example.getNodeType(), actual.getNodeType(), path);
        if (example.isObject()) {
            Set<String> expected = new TreeSet<>();
            Set<String> got = new TreeSet<>();
            example.fieldNames().forEachRemaining(expected::add);
            actual.fieldNames().forEachRemaining(got::add);
            assertEquals(expected, got, path);
            for (Iterator<String> names = example.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                assertSameShape(example.get(name), actual.get(name), path + "." + name);
            }
        } else if (example.isArray() && !example.isEmpty()) {
            assertTrue(!actual.isEmpty(), path + " is empty");
            assertSameShape(example.get(0), actual.get(0), path + "[0]");
        }
    }

    /** An organisation of the test's own with a kept sandbox identity, which the sandbox registry serves. */
    private Receiver freshReceiver() {
        String orgno = orgno();
        BrokerParty party = new BrokerParty(c1, orgno);
        party.identity();
        return new Receiver(orgno, party);
    }

    record Receiver(String orgno, BrokerParty party) {}

    /** A random valid organisation number (MOD11) starting with 9. */
    private static String orgno() {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            String base = "9" + String.format("%07d", RANDOM.nextInt(10_000_000));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (base.charAt(i) - '0') * weights[i];
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check < 10 && !base.startsWith("9998887")) {
                return base + check;
            }
        }
    }

    private HttpResponse<String> create(String receiver, String messageId) {
        return post(
                "/api/messages/out",
                "application/json",
                BrokerParty.sbd(
                        KURER_ORG, receiver, messageId, UUID.randomUUID().toString()));
    }

    private void faults(String json) {
        HttpResponse<String> set = post("/sandbox/serviceregistry/faults", "application/json", json);
        assertEquals(200, set.statusCode(), set.body());
    }

    private HttpResponse<String> api(String path) {
        return c1.send(HttpRequest.newBuilder(c1.base().resolve(path))
                .header("Authorization", NextMoveUser.basic())
                .build());
    }

    private HttpResponse<String> post(String path, String type, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(c1.base().resolve(path));
        if (path.startsWith("/api/")) {
            request.header("Authorization", NextMoveUser.basic());
        }
        return c1.send(request.header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpResponse<String> putFile(String messageId, String name, byte[] bytes) {
        return c1.send(HttpRequest.newBuilder(c1.base().resolve("/api/messages/out/" + messageId))
                .header("Authorization", NextMoveUser.basic())
                .header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; name=\"Arkivmelding\"; filename=\"" + name + "\"")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build());
    }

    /** The outgoing message as the operator sees it (Kurer's own state and file transfer), or a missing node. */
    private JsonNode outgoing(String messageId) {
        HttpResponse<String> all = new Admin(c1.base())
                .get("/admin/dpo/messages?messageId=" + messageId, Admin.basic(Admin.USER, Admin.PASSWORD));
        assertEquals(200, all.statusCode(), all.body());
        for (JsonNode m : Corner1.readTree(all.body())) {
            if ("OUT".equals(m.path("direction").asText())) {
                return m;
            }
        }
        return Corner1.readTree("{}");
    }

    private static JsonNode recorded(String resource) throws IOException {
        try (InputStream in = ServiceRegistryIT.class.getResourceAsStream(resource)) {
            return Corner1.JSON.readTree(in);
        }
    }

    private static <T> T await(Supplier<T> probe) {
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("not published within 120 s");
    }
}
