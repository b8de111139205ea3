package no.kurer.dpi;

import static no.kurer.testsupport.Kurer.assertProblem;
import static no.kurer.testsupport.Kurer.postMelding;
import static no.kurer.testsupport.Kurer.putPakke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import no.kurer.sandbox.maskinporten.control.GrantFactory;
import no.kurer.testsupport.Admin;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Kurer;
import no.kurer.testsupport.Letter;
import no.kurer.testsupport.Metrics;
import no.kurer.testsupport.NextMoveUser;
import no.kurer.testsupport.RawHttp;
import no.kurer.testsupport.SelfSigned;
import no.kurer.testsupport.SigningProgram;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The C2 intake end to end on a real server, over HTTP, with tokens and certificates from the sandbox: every send form,
 * and every refusal DESIGN.md lists, with its status and problem body. Runs on Payara Micro ({@code mvn verify}) and on
 * WildFly ({@code mvn -Pwildfly verify}, Arquillian container "wildfly").
 */
@ExtendWith(ArquillianExtension.class)
class DpiIntakeIT {

    static final String AVSENDER = "991825827";
    static final String OTHER = "910753614";
    static final String SUPPLIER = "889640782";

    final Corner1 c1 = new Corner1(Kurer.base());

    @Deployment(testable = false)
    static WebArchive kurer() {
        return Kurer.war();
    }

    // --- what works -------------------------------------------------------------------------------------

    @Test
    void readyWhenConfiguredAndDescribesItsApi() {
        HttpResponse<String> health = c1.send(
                HttpRequest.newBuilder(Kurer.health().resolve("/health/ready")).build());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"UP\""), health.body());
        HttpResponse<String> openapi =
                c1.send(HttpRequest.newBuilder(c1.base().resolve("/openapi")).build());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/dpi/sendmelding/{meldingsid}"), openapi.body());
        // the DPO quick start's example and the schema of its request body
        assertTrue(openapi.body().contains("urn:no:difi:profile:arkivmelding:administrasjon:ver1.0"), openapi.body());
        assertTrue(openapi.body().contains("StandardBusinessDocumentHeader"), openapi.body());
    }

    @Test
    void twoStepSendIsStoredThenCompleted() {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, token);

        HttpResponse<String> posted = postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token);
        assertEquals(200, posted.statusCode(), posted.body());
        JsonNode receipt = Corner1.readTree(posted.body());
        assertEquals(letter.meldingsid(), receipt.path("meldingsid").asText());
        assertEquals(letter.conversationId(), receipt.path("conversationId").asText());
        assertEquals("AWAITING_PACKAGE", receipt.path("state").asText());
        assertTrue(
                receipt.path("received").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*"), "an ISO-8601 time: " + receipt);

        HttpResponse<String> put = putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token);
        assertEquals(200, put.statusCode(), put.body());
        assertEquals(
                "READY_FOR_FORWARDING",
                Corner1.readTree(put.body()).path("state").asText());
    }

    /**
     * Issue 17: the metrics count what a sender sees, exactly: two letters accepted (two steps, one call), three
     * refusals by type and status, and the latency of each of those requests; the URL is the admin's alone.
     */
    @Test
    void metricsCountAcceptedLettersAndRefusalsExactly() {
        Metrics before = Metrics.scrape(c1.base());
        String token = c1.token(AVSENDER);
        Letter twoSteps = Letter.of(c1, AVSENDER, token);
        Letter oneCall = Letter.of(c1, AVSENDER, token);
        assertEquals(
                200,
                postMelding(c1, twoSteps.meldingsid(), twoSteps.forretningsmelding(), token)
                        .statusCode());
        assertEquals(
                200,
                putPakke(c1, twoSteps.meldingsid(), twoSteps.dokumentpakke(), token)
                        .statusCode());
        assertEquals(
                200,
                Kurer.send(
                                c1,
                                "/dpi/send/digitalpost/" + Letter.MAILBOX_PROVIDER + "/" + oneCall.conversationId(),
                                oneCall.forretningsmelding(),
                                oneCall.dokumentpakke(),
                                token)
                        .statusCode());
        assertProblem(
                postMelding(c1, twoSteps.meldingsid(), twoSteps.forretningsmelding(), token), 409, "meldingsid-used");
        assertProblem(
                putPakke(c1, twoSteps.meldingsid(), twoSteps.dokumentpakke(), token), 409, "package-already-received");
        assertProblem(
                postMelding(c1, UUID.randomUUID().toString(), twoSteps.forretningsmelding(), "no-token"),
                401,
                "invalid-token");

        Metrics after = Metrics.scrape(c1.base());
        assertEquals(2, after.since(before, "kurer_dpi_accepted_total"));
        assertEquals(1, after.since(before, "kurer_refusals_total", "type=\"meldingsid-used\"", "status=\"409\""));
        assertEquals(
                1, after.since(before, "kurer_refusals_total", "type=\"package-already-received\"", "status=\"409\""));
        assertEquals(1, after.since(before, "kurer_refusals_total", "type=\"invalid-token\"", "status=\"401\""));
        assertEquals(2, after.since(before, "kurer_dpi_request_seconds_count", "method=\"PUT\""));
        assertEquals(1, after.since(before, "kurer_dpi_request_seconds_count", "method=\"PUT\"", "status=\"200\""));
        assertEquals(
                1,
                after.since(
                        before, "kurer_dpi_request_seconds_bucket", "method=\"PUT\"", "status=\"200\"", "le=\"+Inf\""));

        Admin admin = new Admin(c1.base());
        assertProblem(admin.get("/admin/metrics", null), 401, "unauthorized");
    }

    @Test
    void dataProcessorSendsForTheSender() {
        String token = c1.tokenFor(AVSENDER, SUPPLIER);
        Letter letter = Letter.of(c1, AVSENDER, c1.identity(SUPPLIER), token, f -> f.sender(SUPPLIER));

        assertEquals(
                200,
                postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token)
                        .statusCode());
        assertEquals(
                200,
                putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token).statusCode());
    }

    @Test
    void oneCallSendStoresMessageAndPackageTogether() {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, token);
        String path = "/dpi/send/digitalpost/" + Letter.MAILBOX_PROVIDER + "/" + letter.conversationId();

        HttpResponse<String> sent = Kurer.send(c1, path, letter.forretningsmelding(), letter.dokumentpakke(), token);
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals(
                "READY_FOR_FORWARDING",
                Corner1.readTree(sent.body()).path("state").asText());
        assertProblem(
                putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token), 409, "package-already-received");
    }

    @Test
    void oneCallSendMustAgreeWithItsPath() {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, token);
        String pk = Letter.MAILBOX_PROVIDER;

        assertProblem(
                Kurer.send(
                        c1,
                        "/dpi/send/fysiskpost/" + pk + "/" + letter.conversationId(),
                        letter.forretningsmelding(),
                        letter.dokumentpakke(),
                        token),
                400,
                "mismatch");
        assertProblem(
                Kurer.send(
                        c1,
                        "/dpi/send/digitalpost/974760673/" + letter.conversationId(),
                        letter.forretningsmelding(),
                        letter.dokumentpakke(),
                        token),
                400,
                "mismatch");
        assertProblem(
                Kurer.send(
                        c1,
                        "/dpi/send/digitalpost/" + pk + "/" + UUID.randomUUID(),
                        letter.forretningsmelding(),
                        letter.dokumentpakke(),
                        token),
                400,
                "mismatch");
        // nothing was kept of the refused attempts: the same message still goes through
        assertEquals(
                200,
                Kurer.send(
                                c1,
                                "/dpi/send/digitalpost/" + pk + "/" + letter.conversationId(),
                                letter.forretningsmelding(),
                                letter.dokumentpakke(),
                                token)
                        .statusCode());
    }

    @Test
    void sandboxSenderSendsThroughThePublicApi() {
        JsonNode result = c1.postJson("/sandbox/sender/" + AVSENDER + "/digitalpost", java.util.Map.of("title", "Hei"));
        JsonNode steps = result.path("steps");
        steps.forEach(step -> assertEquals(200, step.path("status").asInt(), result.toString()));
        assertTrue(steps.get(steps.size() - 2)
                .path("call")
                .asText()
                .startsWith("POST " + c1.base().resolve("/dpi/sendmelding/")));
        assertTrue(steps.get(steps.size() - 1)
                .path("call")
                .asText()
                .startsWith("PUT " + c1.base().resolve("/dpi/sendmelding/")));
        assertEquals(
                "READY_FOR_FORWARDING",
                steps.get(steps.size() - 1).path("body").path("state").asText());
    }

    // --- the README's DPI quick start, with only the calls it documents ---------------------------------

    @Test
    void quickStartSendsAndTheSendersOwnTokenReadsTheReceipts() throws Exception {
        JsonNode sent =
                c1.postJson("/sandbox/sender/" + AVSENDER + "/digitalpost", Map.of("title", "Hello from Kurer"));
        String conversationId = sent.path("conversationId").asText();
        String token = sandboxToken(AVSENDER).path("access_token").asText();

        JsonNode receipts = Corner1.JSON.createArrayNode();
        for (long deadline = System.currentTimeMillis() + 60_000;
                receipts.size() < 2 && System.currentTimeMillis() < deadline; ) {
            HttpResponse<String> polled = kvitteringer(conversationId, token);
            assertEquals(200, polled.statusCode(), polled.body());
            receipts = Corner1.readTree(polled.body());
            Thread.sleep(500);
        }
        assertEquals("mottakskvittering", receipts.path(0).path("type").asText(), receipts.toString());
        assertEquals("leveringskvittering", receipts.path(1).path("type").asText(), receipts.toString());
        // another sender's token from the same call does not see them
        assertProblem(
                kvitteringer(
                        conversationId, sandboxToken(OTHER).path("access_token").asText()),
                404,
                "unknown-conversation");
    }

    @Test
    void sandboxTokenIsRefusedForWhatIsNotAnOrganisationNumber() {
        assertProblem(
                c1.send(HttpRequest.newBuilder(c1.base().resolve("/sandbox/sender/12345/token"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build()),
                400,
                "sandbox-invalid-request");
        assertProblem(
                c1.send(HttpRequest.newBuilder(c1.base().resolve("/sandbox/sender/" + AVSENDER + "/token?supplier=abc"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build()),
                400,
                "sandbox-invalid-request");
    }

    /**
     * The README's by-hand flow: a certificate from the sandbox CA, a grant signed by {@code bin/MaskinportenGrant.java}
     * and exchanged at the sandbox Maskinporten, then the sandbox sender's example forretningsmelding (new meldingsid,
     * own token, signed by the same program) and dokumentpakke sent with that token.
     */
    @Test
    void byHandWithTheSigningProgram(@TempDir Path dir) throws Exception {
        HttpResponse<String> issued = c1.send(HttpRequest.newBuilder(
                        c1.base().resolve("/sandbox/ca/enterprise-certificates"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"orgno\":\"" + AVSENDER + "\",\"name\":\"Test Kommune\"}"))
                .build());
        assertEquals(200, issued.statusCode(), issued.body());
        Path identity = Files.writeString(dir.resolve("identity.json"), issued.body());
        String grant = SigningProgram.run(
                dir,
                "--identity",
                identity.toString(),
                "--audience",
                c1.issuer(),
                "--client-id",
                "my-client",
                "--scope",
                Corner1.SCOPE,
                "--resource",
                c1.audience());
        HttpResponse<String> answer = exchange(grant);
        assertEquals(200, answer.statusCode(), answer.body());
        String token = Corner1.readTree(answer.body()).path("access_token").asText();

        JsonNode example = c1.postJson("/sandbox/sender/" + AVSENDER + "/digitalpost", Map.of());
        ObjectNode forretningsmelding = (ObjectNode) example.path("forretningsmelding");
        String meldingsid = UUID.randomUUID().toString();
        ((ObjectNode) forretningsmelding.at(
                        "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification"))
                .put("instanceIdentifier", meldingsid);
        ((ObjectNode) forretningsmelding.at("/standardBusinessDocument/digital")).put("maskinportentoken", token);
        Path json = Files.writeString(dir.resolve("forretningsmelding.json"), forretningsmelding.toString());
        String jws = SigningProgram.run(dir, "--identity", identity.toString(), "--sign", json.toString());
        byte[] dokumentpakke = Base64.getDecoder()
                .decode(example.path("dokumentpakke").path("base64").asText());

        HttpResponse<String> posted = postMelding(c1, meldingsid, jws, token);
        assertEquals(200, posted.statusCode(), posted.body());
        HttpResponse<String> put = putPakke(c1, meldingsid, dokumentpakke, token);
        assertEquals(200, put.statusCode(), put.body());
        assertEquals(
                "READY_FOR_FORWARDING",
                Corner1.readTree(put.body()).path("state").asText());

        // the program's grants are really checked: a lifetime past Maskinporten's 120 s is refused
        HttpResponse<String> refused = exchange(SigningProgram.run(
                dir,
                "--identity",
                identity.toString(),
                "--audience",
                c1.issuer(),
                "--client-id",
                "my-client",
                "--scope",
                Corner1.SCOPE,
                "--lifetime",
                "300"));
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(
                "invalid_grant", Corner1.readTree(refused.body()).path("error").asText(), refused.body());
    }

    private JsonNode sandboxToken(String avsender) {
        return c1.postJson("/sandbox/sender/" + avsender + "/token", Map.of());
    }

    private HttpResponse<String> kvitteringer(String conversationId, String token) {
        return c1.send(HttpRequest.newBuilder(c1.base().resolve("/dpi/kvittering/" + conversationId))
                .header("Authorization", "Bearer " + token)
                .build());
    }

    private HttpResponse<String> exchange(String grant) {
        return c1.send(HttpRequest.newBuilder(URI.create(c1.issuer() + "token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=" + grant))
                .build());
    }

    @Test
    void sentLetterIsForwardedToCorner3AndItsReceiptsComeBack() throws Exception {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, token);
        assertEquals(
                200,
                postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token)
                        .statusCode());
        assertEquals(
                200,
                putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token).statusCode());

        // the sandbox corner 3 receives it exactly once, and answers with a mottakskvittering and a leveringskvittering
        JsonNode receipts = awaitReceipts(letter.conversationId(), 2);
        assertEquals("mottakskvittering", receipts.get(0).path("type").asText(), receipts.toString());
        assertEquals("leveringskvittering", receipts.get(1).path("type").asText(), receipts.toString());
        assertTrue(
                receipts.get(1).path("kvittering").asText().split("\\.").length == 3, "the signed receipt as received");
        JsonNode received =
                Corner1.readTree(c1.send(HttpRequest.newBuilder(c1.base().resolve("/sandbox/c3/received"))
                                .build())
                        .body());
        long copies = 0;
        for (JsonNode record : received) {
            if (letter.meldingsid().equals(record.path("meldingsid").asText())) {
                copies++;
                assertEquals(1, record.path("posts").asInt(), record.toString());
                assertEquals(1, record.path("puts").asInt(), record.toString());
            }
        }
        assertEquals(1, copies);

        // Digdir's production API shows the same: status SENDT, and the receipts as unread incoming messages
        HttpResponse<String> statuses = c1.send(
                HttpRequest.newBuilder(c1.base().resolve("/dpi/messages/out/" + letter.meldingsid() + "/statuses"))
                        .header("Authorization", "Bearer " + token)
                        .build());
        assertEquals(200, statuses.statusCode(), statuses.body());
        assertTrue(statuses.body().contains("OPPRETTET") && statuses.body().contains("SENDT"), statuses.body());
        HttpResponse<String> incoming =
                c1.send(HttpRequest.newBuilder(c1.base().resolve("/dpi/messages/in?page_size=1000"))
                        .header("Authorization", "Bearer " + c1.token(AVSENDER))
                        .build());
        assertEquals(200, incoming.statusCode(), incoming.body());
        assertTrue(
                incoming.body().contains(receipts.get(1).path("kvittering").asText()),
                "the leveringskvittering is unread");
    }

    private JsonNode awaitReceipts(String conversationId, int count) throws InterruptedException {
        return c1.awaitReceipts(AVSENDER, conversationId, count, Duration.ofSeconds(60));
    }

    // --- 401 and 403: who is calling ----------------------------------------------------------------------

    @Test
    void noOrBrokenTokenIsUnauthorized() {
        Letter letter = Letter.of(c1, AVSENDER, c1.token(AVSENDER));
        for (String token : new String[] {
            null, "not-a-jwt", "eyJhbGciOiJub25lIn0.eyJzY29wZSI6ImRpZ2l0YWxwb3N0aW5uYnlnZ2VyOnNlbmQifQ."
        }) {
            HttpResponse<String> response = postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token);
            assertProblem(response, 401, "invalid-token");
            assertTrue(
                    response.headers().firstValue("WWW-Authenticate").orElse("").contains("error=\"invalid_token\""));
        }
    }

    @Test
    void longAuthorizationHeadersReachKurerWhichRefusesThoseOver16KiB() {
        // Payara's defaults (an 8 KiB header buffer, a 4 KiB HTTP/2 header list) are raised to 32 KiB by
        // server-config/payara/http-listener.asadmin; WildFly allows 1 MiB
        Letter letter = Letter.of(c1, AVSENDER, c1.token(AVSENDER));
        for (HttpClient.Version version : HttpClient.Version.values()) {
            assertProblem(postWithAuthorization(letter, "Bearer " + "a".repeat(12_000), version), 401, "invalid-token");
            if (version == HttpClient.Version.HTTP_2 && Kurer.onWildFly()) {
                // Undertow answers a header block over 16 KiB on an HTTP/2 connection with GOAWAY (PROTOCOL_ERROR)
                // before any application sees it (docs/deployment.md, "HTTP limits of the server")
                continue;
            }
            HttpResponse<String> huge = postWithAuthorization(letter, "Bearer " + "a".repeat(20_000), version);
            assertProblem(huge, 401, "invalid-token");
            assertTrue(huge.body().contains("larger than 16 KiB"), version + ": " + huge.body());
        }
    }

    private HttpResponse<String> postWithAuthorization(
            Letter letter, String authorization, HttpClient.Version version) {
        return c1.send(HttpRequest.newBuilder(c1.base().resolve("/dpi/sendmelding/" + letter.meldingsid()))
                .version(version)
                .header("Content-Type", "application/jwt")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(letter.forretningsmelding()))
                .build());
    }

    @Test
    void tokenForAnotherAudienceOrWithATamperedSignatureIsUnauthorized() {
        String elsewhere = c1.token(new GrantFactory(c1.identity(AVSENDER), c1.issuer(), Clock.systemUTC())
                .scope(Corner1.SCOPE)
                .resource("https://another-c2.example/"));
        Letter letter = Letter.of(c1, AVSENDER, elsewhere);
        assertProblem(
                postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), elsewhere), 401, "invalid-token");

        String token = c1.token(AVSENDER);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        Letter tamperedLetter = Letter.of(c1, AVSENDER, tampered);
        assertProblem(
                postMelding(c1, tamperedLetter.meldingsid(), tamperedLetter.forretningsmelding(), tampered),
                401,
                "invalid-token");
    }

    @Test
    void tokenWithoutTheScopeIsForbidden() {
        String token = c1.token(new GrantFactory(c1.identity(AVSENDER), c1.issuer(), Clock.systemUTC())
                .scope("altinn:broker.read")
                .resource(c1.audience()));
        Letter letter = Letter.of(c1, AVSENDER, token);
        HttpResponse<String> response = postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token);
        assertProblem(response, 403, "insufficient-scope");
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").contains("insufficient_scope"));
    }

    @Test
    void avsenderOtherThanTheConsumerIsForbidden() {
        String token = c1.token(OTHER);
        Letter letter = Letter.of(c1, AVSENDER, c1.identity(OTHER), token, f -> f.sender(OTHER));
        assertProblem(postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token), 403, "not-the-sender");

        Letter wrongSbdhSender = Letter.of(c1, OTHER, c1.identity(OTHER), token, f -> f.sender(AVSENDER));
        assertProblem(
                postMelding(c1, wrongSbdhSender.meldingsid(), wrongSbdhSender.forretningsmelding(), token),
                403,
                "not-the-sender");
    }

    @Test
    void embeddedTokenOtherThanTheBearerTokenIsForbidden() {
        String embedded = c1.token(AVSENDER);
        String bearer = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, embedded);
        assertProblem(postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), bearer), 403, "not-the-sender");
    }

    @Test
    void signerOtherThanTheSupplierOrConsumerIsForbidden() {
        String token = c1.token(AVSENDER);
        Letter signedByOther = Letter.of(c1, AVSENDER, c1.identity(OTHER), token, UnaryOperator.identity());
        assertProblem(
                postMelding(c1, signedByOther.meldingsid(), signedByOther.forretningsmelding(), token),
                403,
                "not-the-sender");

        String supplierToken = c1.tokenFor(AVSENDER, SUPPLIER);
        Letter signedByConsumer =
                Letter.of(c1, AVSENDER, c1.identity(AVSENDER), supplierToken, UnaryOperator.identity());
        assertProblem(
                postMelding(c1, signedByConsumer.meldingsid(), signedByConsumer.forretningsmelding(), supplierToken),
                403,
                "not-the-sender");
    }

    @Test
    void onlyTheSenderMayUploadThePackage() {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, token);
        assertEquals(
                200,
                postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token)
                        .statusCode());

        assertProblem(
                putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), c1.token(OTHER)), 403, "not-the-sender");
        assertProblem(
                putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), c1.tokenFor(AVSENDER, SUPPLIER)),
                403,
                "not-the-sender");
        assertEquals(
                200,
                putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token).statusCode());
    }

    // --- 400: what is sent ------------------------------------------------------------------------------

    @Test
    void malformedForretningsmeldingIsBadRequest() {
        String token = c1.token(AVSENDER);
        String id = UUID.randomUUID().toString();
        assertProblem(postMelding(c1, id, "this is not a jwt", token), 400, "");
        assertProblem(postMelding(c1, id, "eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln", token), 400, "");
    }

    @Test
    void schemaViolationIsBadRequest() {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(
                c1,
                AVSENDER,
                c1.identity(AVSENDER),
                token,
                f -> f.patch("/standardBusinessDocument/digital/sikkerhetsnivaa", "very high"));
        JsonNode problem =
                assertProblem(postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token), 400, "schema");
        assertTrue(problem.path("detail").asText().contains("sikkerhetsnivaa"), problem.toString());
    }

    @Test
    void meldingsidOtherThanTheInstanceIdentifierIsBadRequest() {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, token);
        assertProblem(
                postMelding(c1, UUID.randomUUID().toString(), letter.forretningsmelding(), token), 400, "mismatch");
    }

    @Test
    void invalidSignatureOrUntrustedCertificateIsBadRequest() {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, token);
        String[] parts = letter.forretningsmelding().split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[10] ^= 1;
        String tampered = parts[0] + "." + parts[1] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        assertProblem(postMelding(c1, letter.meldingsid(), tampered, token), 400, "signature");

        var untrusted = SelfSigned.identity(AVSENDER);
        Letter selfSigned = Letter.of(c1, AVSENDER, untrusted, token, UnaryOperator.identity());
        assertProblem(
                postMelding(c1, selfSigned.meldingsid(), selfSigned.forretningsmelding(), token), 400, "certificate");
    }

    @Test
    void wrongContentTypesAreRefused() {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, token);
        HttpResponse<String> asJson =
                c1.send(HttpRequest.newBuilder(c1.base().resolve("/dpi/sendmelding/" + letter.meldingsid()))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(letter.forretningsmelding()))
                        .build());
        assertProblem(asJson, 415, "");
        assertEquals(
                200,
                postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token)
                        .statusCode());
        assertProblem(
                putPakke(
                        c1,
                        letter.meldingsid(),
                        HttpRequest.BodyPublishers.ofByteArray(letter.dokumentpakke()),
                        "application/pdf",
                        token),
                415,
                "");
    }

    // --- packages ---------------------------------------------------------------------------------------

    @Test
    void wrongPackageIsDiscardedAndTheMessageWaitsForTheRightOne() {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, token);
        assertEquals(
                200,
                postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token)
                        .statusCode());

        byte[] changed = letter.dokumentpakke().clone();
        changed[changed.length / 2] ^= 1;
        assertProblem(putPakke(c1, letter.meldingsid(), changed, token), 400, "fingerprint");

        assertEquals(
                200,
                putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token).statusCode());
        assertProblem(
                putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token), 409, "package-already-received");
    }

    @Test
    void packageThatIsNotCmsIsRefusedEvenWithTheRightFingerprint() {
        String token = c1.token(AVSENDER);
        byte[] notCms = "just some bytes, not CMS EnvelopedData".getBytes(StandardCharsets.UTF_8);
        Letter letter = Letter.of(c1, AVSENDER, c1.identity(AVSENDER), token, f -> f.dokumentpakke(notCms));
        assertEquals(
                200,
                postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token)
                        .statusCode());
        assertProblem(putPakke(c1, letter.meldingsid(), notCms, token), 400, "dokumentpakke");
    }

    /** Issue 13.9: a receiver streaming the zip reads the local headers, one opening it the central directory. */
    @Test
    void asicEWhoseLocalHeaderNamesATraversalBehindAHarmlessCentralDirectoryIsRefused() {
        String token = c1.token(AVSENDER);
        String harmless = "Vedlegg-2026-1.txt";
        String traversal = "../../../../tmp/xy";
        byte[] disguised = plainAsicE(harmless);
        int at = indexOf(disguised, harmless.getBytes(StandardCharsets.US_ASCII));
        System.arraycopy(traversal.getBytes(StandardCharsets.US_ASCII), 0, disguised, at, traversal.length());
        Letter letter = Letter.of(c1, AVSENDER, c1.identity(AVSENDER), token, f -> f.dokumentpakke(disguised));
        assertEquals(
                200,
                postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token)
                        .statusCode());
        JsonNode refused = assertProblem(
                putPakke(c1, letter.meldingsid(), HttpRequest.BodyPublishers.ofByteArray(disguised), ASIC_E, token),
                400,
                "invalid-dokumentpakke");
        assertTrue(refused.path("detail").asText().contains(traversal), refused.toString());

        byte[] honest = plainAsicE(harmless);
        Letter good = Letter.of(c1, AVSENDER, c1.identity(AVSENDER), token, f -> f.dokumentpakke(honest));
        assertEquals(
                200,
                postMelding(c1, good.meldingsid(), good.forretningsmelding(), token)
                        .statusCode());
        HttpResponse<String> accepted =
                putPakke(c1, good.meldingsid(), HttpRequest.BodyPublishers.ofByteArray(honest), ASIC_E, token);
        assertEquals(200, accepted.statusCode(), accepted.body());
    }

    static final String ASIC_E = "application/vnd.etsi.asic-e+zip";

    /** A plain ASiC-E as ZipOutputStream writes it: stored mimetype first, a manifest and one file. */
    private static byte[] plainAsicE(String fileName) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            byte[] mimetype = ASIC_E.getBytes(StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry first = new java.util.zip.ZipEntry("mimetype");
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            first.setMethod(java.util.zip.ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
            zip.write("<manifest:manifest/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry(fileName));
            zip.write("Hei".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    @Test
    void abortedUploadLeavesTheMessageWaitingForAGoodOne() {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, token);
        assertEquals(
                200,
                postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token)
                        .statusCode());

        byte[] half = Arrays.copyOf(letter.dokumentpakke(), letter.dokumentpakke().length / 2);
        HttpRequest.BodyPublisher breaksOff = HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
            private int next;

            @Override
            public int read() throws IOException {
                if (next == half.length) {
                    throw new IOException("the sender's connection broke");
                }
                return half[next++] & 0xff;
            }
        });
        assertThrows(
                RuntimeException.class, () -> putPakke(c1, letter.meldingsid(), breaksOff, "application/cms", token));

        assertEquals(
                200,
                putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token).statusCode());
    }

    @Test
    void packagePastTheLimitIsRefusedAsSoonAsItCrossesIt() {
        // the test server runs with dpi.max-document-bytes=5000000
        String token = c1.token(AVSENDER);
        byte[] big = new byte[6_000_000];
        new Random(1).nextBytes(big);
        Letter letter = Letter.of(c1, AVSENDER, c1.identity(AVSENDER), token, f -> f.dokumentpakke(big));
        assertEquals(
                200,
                postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token)
                        .statusCode());

        HttpRequest.BodyPublisher chunked =
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big));
        assertProblem(putPakke(c1, letter.meldingsid(), chunked, "application/cms", token), 413, "too-large");
    }

    @Test
    void largePutsRefusedAtOnceCloseTheConnectionInsteadOfReadingTheBody() throws Exception {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, token);
        assertEquals(
                200,
                postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token)
                        .statusCode());
        // 100 MB: over WildFly's own default max-post-size (10 MB), which install.cli raises so that Kurer decides
        String large = String.valueOf(100L * 1024 * 1024);
        record Refusal(String path, String token, int status) {}
        for (Refusal refusal : List.of(
                new Refusal(letter.meldingsid(), "not-a-jwt", 401),
                new Refusal(UUID.randomUUID().toString(), token, 404))) {
            try (RawHttp put = RawHttp.open(
                    c1.base(),
                    "PUT",
                    "/dpi/sendmelding/" + refusal.path(),
                    Map.of(
                            "Content-Type",
                            "application/cms",
                            "Authorization",
                            "Bearer " + refusal.token(),
                            "Content-Length",
                            large))) {
                put.send(new byte[16 * 1024]);
                RawHttp.Answer answer = put.read(Duration.ofSeconds(30));
                assertEquals(refusal.status(), answer.status(), answer::toString);
                assertEquals("close", answer.header("Connection").toLowerCase(Locale.ROOT), answer::toString);
                assertTrue(
                        put.closedWithin(Duration.ofSeconds(10)),
                        "the server waits for the rest of a body it refused (" + refusal + ")");
            }
        }
        // nothing was taken from the message: its sender still uploads the package
        assertEquals(
                200,
                putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token).statusCode());
    }

    /**
     * Issue 13, item 6: more connections than the server has worker threads, each sending an AS4 message or a DPO file
     * a byte at a time. The upload groups admit a few and refuse the rest with 503 at once; health and the C2 API
     * answer within 2 s throughout.
     */
    @Test
    void slowBodiesToTheUploadEndpointsLeaveHealthAndTheC2ApiAnswering() throws Exception {
        String token = c1.token(AVSENDER);
        List<Letter> letters = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            letters.add(Letter.of(c1, AVSENDER, token));
        }
        assertEquals(
                200,
                answerWithin2s(
                                c1.base()
                                        .resolve("/dpi/sendmelding/"
                                                + letters.get(0).meldingsid()),
                                letters.get(0).forretningsmelding(),
                                token)
                        .statusCode(),
                "the C2 API before the attack");

        int connections = 220; // Payara's HTTP thread pool has 200 worker threads, the WildFly set-up 128
        List<RawHttp> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < connections; i++) {
                boolean as4 = i % 2 == 0;
                RawHttp upload = RawHttp.open(
                        c1.base(),
                        as4 ? "POST" : "PUT",
                        as4 ? "/as4" : "/api/messages/out/" + UUID.randomUUID(),
                        as4
                                ? Map.of("Content-Type", "application/soap+xml", "Content-Length", "1000000")
                                : Map.of(
                                        "Content-Type",
                                        "application/pdf",
                                        "Content-Disposition",
                                        "attachment; name=\"Brev\"; filename=\"a.pdf\"",
                                        "Authorization",
                                        NextMoveUser.basic(),
                                        "Content-Length",
                                        "1000000"));
                upload.send(new byte[] {'<'});
                slow.add(upload);
            }
            trickle.scheduleWithFixedDelay(
                    () -> slow.forEach(upload -> {
                        try {
                            upload.send(new byte[] {' '});
                        } catch (IOException closedByKurer) {
                            // refused or timed out: nothing more to send
                        }
                    }),
                    500,
                    500,
                    TimeUnit.MILLISECONDS);
            Thread.sleep(3000);

            for (Letter letter : letters.subList(1, letters.size())) {
                HttpResponse<String> live = c1.http()
                        .send(
                                HttpRequest.newBuilder(Kurer.health().resolve("/health/live"))
                                        .timeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertEquals(200, live.statusCode(), live.body());
                HttpResponse<String> posted = answerWithin2s(
                        c1.base().resolve("/dpi/sendmelding/" + letter.meldingsid()),
                        letter.forretningsmelding(),
                        token);
                assertEquals(200, posted.statusCode(), posted.body());
                Thread.sleep(1000);
            }

            int busy = 0;
            for (RawHttp upload : slow) {
                if (upload.answered()) {
                    RawHttp.Answer answer;
                    try {
                        answer = upload.read(Duration.ofSeconds(5));
                    } catch (IOException reset) {
                        continue;
                    }
                    if (answer.status() == 503) {
                        busy++;
                        assertTrue(answer.header("Retry-After").matches("\\d+"), answer::toString);
                        assertTrue(answer.header("Content-Type").startsWith(Kurer.PROBLEM_JSON), answer::toString);
                    }
                }
            }
            // every AS4 body past the 8 admitted (uploads.as4.max-concurrent) is refused at once; DPO bodies may get in
            // and be refused by the DPO API itself, which frees their places
            assertTrue(
                    busy >= connections / 2 - 8,
                    "slow AS4 bodies past the limit are refused at once, only " + busy + " were");
        } finally {
            trickle.shutdownNow();
            slow.forEach(RawHttp::close);
        }
    }

    private HttpResponse<String> answerWithin2s(java.net.URI uri, String jws, String token) throws Exception {
        return c1.http()
                .send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(2))
                                .header("Content-Type", "application/jwt")
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.ofString(jws))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    // --- 404 and 409 ------------------------------------------------------------------------------------

    @Test
    void meldingsidIsAcceptedOnceEver() {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, token);
        assertEquals(
                200,
                postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token)
                        .statusCode());
        assertProblem(postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token), 409, "meldingsid-used");

        String otherToken = c1.token(OTHER);
        Letter replayByOther =
                Letter.of(c1, OTHER, c1.identity(OTHER), otherToken, f -> f.meldingsid(letter.meldingsid()));
        assertProblem(
                postMelding(c1, letter.meldingsid(), replayByOther.forretningsmelding(), otherToken),
                409,
                "meldingsid-used");
    }

    @Test
    void concurrentSendsOfOneMessageHaveOneWinnerAndConflictsForTheRest() throws Exception {
        String token = c1.token(AVSENDER);
        Letter letter = Letter.of(c1, AVSENDER, token);

        List<HttpResponse<String>> posts =
                concurrently(8, () -> postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token));
        assertEquals(1, posts.stream().filter(r -> r.statusCode() == 200).count(), "one POST wins");
        posts.stream().filter(r -> r.statusCode() != 200).forEach(r -> assertProblem(r, 409, "meldingsid-used"));

        List<HttpResponse<String>> puts =
                concurrently(8, () -> putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token));
        assertEquals(1, puts.stream().filter(r -> r.statusCode() == 200).count(), "one PUT wins");
        puts.stream()
                .filter(r -> r.statusCode() != 200)
                .forEach(r -> assertProblem(r, 409, "package-already-received"));
    }

    /** {@code n} calls released at once, each on its own thread. */
    private static <T> List<T> concurrently(int n, Callable<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                running.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void packageForAnUnknownMessageIsNotFound() {
        assertProblem(
                putPakke(c1, UUID.randomUUID().toString(), new byte[] {1, 2, 3}, c1.token(AVSENDER)), 404, "unknown");
    }

    @Test
    void unknownPathsAndMethodsAnswerWithProblems() {
        assertProblem(
                c1.send(HttpRequest.newBuilder(c1.base().resolve("/dpi/nothing-here"))
                        .build()),
                404,
                "");
        assertProblem(
                c1.send(HttpRequest.newBuilder(c1.base().resolve("/dpi/sendmelding/abc"))
                        .DELETE()
                        .build()),
                405,
                "");
    }
}
