package no.kurer.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static no.kurer.testsupport.Kurer.assertProblem;
import static no.kurer.testsupport.Kurer.postMelding;
import static no.kurer.testsupport.Kurer.putPakke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import no.kurer.testsupport.Admin;
import no.kurer.testsupport.Browser;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Corner3Stub;
import no.kurer.testsupport.KurerProperties;
import no.kurer.testsupport.Letter;
import no.kurer.testsupport.PayaraMicro;
import org.junit.jupiter.api.Test;

/**
 * The C2 operator's admin page and API (issue 17, items 3 and 5) on a Payara Micro of its own, with a WireMock corner 3
 * that refuses two letters: one waits in a backoff of an hour until the operator presses "retry now" in a headless
 * Chromium and sees it SENDT; the other fails its last attempt and is listed FEILET with its {@code feil} receipt. A
 * sender's refused request is listed with its sender, the chart is drawn, and the page asks nothing of another origin.
 * Every refusal of the new endpoints is shown, and {@code /health/ready} carries the outbox and the timers.
 */
class AdminC2IT {

    static final int PORT = Integer.getInteger("kurer.it.port", 18080) + 30;
    static final String AVSENDER = "991825827";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String LOGIN = Admin.basic(Admin.USER, Admin.PASSWORD);
    static final String VIEWER = Admin.basic("viewer", "no-admin");
    static final String REASON = "Mottakeren er reservert mot digital post";

    final Path dir = Path.of(System.getProperty("kurer.it.dir", "target/it"), "admin-c2-" + System.nanoTime())
            .toAbsolutePath();

    @Test
    void theOperatorSeesTheOutboxRetriesARefusedLetterAndReadsTheRefusals() throws Exception {
        try (Corner3Stub c3 = Corner3Stub.start();
                PayaraMicro kurer = start(c3)) {
            c3.acceptEverything(0);
            Corner1 c1 = new Corner1(kurer.base());
            Admin admin = new Admin(kurer.base());
            String token = c1.token(AVSENDER);
            Letter delivered = send(c1, Letter.of(c1, AVSENDER, token), token);
            Letter waiting = Letter.of(c1, AVSENDER, token);
            Letter doomed = Letter.of(c1, AVSENDER, token);
            StubMapping refusal = refuse(c3, waiting);
            refuse(c3, doomed);
            Instant firstWaitingSent = Instant.now();
            send(c1, waiting, token);
            send(c1, doomed, token);
            // a sender's request refused after authentication: the page names the sender and the reason
            assertProblem(
                    postMelding(c1, delivered.meldingsid(), delivered.forretningsmelding(), token),
                    409,
                    "meldingsid-used");

            JsonNode outboxed = await(
                    admin,
                    "both refused letters waiting in backoff",
                    o -> outboxRow(o, waiting) != null
                            && outboxRow(o, doomed) != null
                            && outboxRow(o, waiting).path("attempts").asInt() == 1
                            && outboxRow(o, doomed).path("attempts").asInt() == 1);
            JsonNode row = outboxRow(outboxed, waiting);
            String lastError = row.path("lastError").asText();
            assertTrue(lastError.contains("400") && lastError.contains(REASON), row.toString());
            assertTrue(
                    Instant.parse(row.path("nextAttempt").asText())
                            .isAfter(Instant.now().plusSeconds(3000)),
                    row.toString());
            assertEquals(AVSENDER, row.path("sender").asText());
            assertEquals(Letter.MAILBOX_PROVIDER, row.path("receiver").asText());

            refusalsOfTheAdminApi(admin, waiting, delivered);
            readinessCarriesTheOutboxAndTheTimers(c1, kurer, firstWaitingSent);

            // the doomed letter's second and last attempt fails: FEILET, with the reason and Kurer's feil receipt
            assertEquals(200, admin.post(retry(doomed), "{}", LOGIN).statusCode());
            // the page's parts are read one after another: wait for an answer read wholly after the letter failed
            JsonNode failed = await(admin, "the doomed letter FEILET with its feil receipt", o -> {
                JsonNode f = find(o.path("failed"), doomed);
                return f != null
                        && !f.path("feilReceiptSent").isNull()
                        && o.path("states").path("FAILED").asLong() > 0;
            });
            JsonNode feilet = find(failed.path("failed"), doomed);
            assertTrue(feilet.path("reason").asText().contains(REASON), feilet.toString());
            assertEquals(2, feilet.path("attempts").asInt(), feilet.toString());
            assertEquals(1, failed.path("receipts").path("feil").asLong(), failed.toString());
            assertEquals(1, failed.path("states").path("FAILED").asLong(), failed.toString());

            inTheBrowser(kurer, c3, refusal, waiting);
        }
    }

    private static void refusalsOfTheAdminApi(Admin admin, Letter waiting, Letter delivered) {
        String path = retry(waiting);
        for (String api : List.of("/admin/dpi/letters", "/admin/dpi/refusals", "/admin/dpi/activity")) {
            assertProblem(admin.get(api, null), 401, "unauthorized");
            assertProblem(admin.get(api, VIEWER), 403, "forbidden");
        }
        assertProblem(admin.post(path, "{}", null), 401, "unauthorized");
        assertProblem(admin.post(path, "{}", VIEWER), 403, "forbidden");
        // what another site's page could make the operator's browser send
        assertProblem(admin.post(path, "text/plain", null, "{}", LOGIN), 403, "cross-site-request");
        assertProblem(
                admin.post(path, "application/x-www-form-urlencoded", "http://evil.example", "a=b", LOGIN),
                403,
                "cross-site-request");
        assertProblem(
                admin.post(path, "application/json", "http://evil.example", "{}", LOGIN), 403, "cross-site-request");
        assertProblem(admin.post("/admin/dpi/letters/no-such-letter/retry", "{}", LOGIN), 404, "unknown-letter");
        JsonNode notWaiting = assertProblem(admin.post(retry(delivered), "{}", LOGIN), 409, "letter-not-waiting");
        assertTrue(notWaiting.path("detail").asText().contains("FORWARDED"), notWaiting.toString());
        JsonNode after = outboxRow(letters(admin), waiting);
        assertTrue(
                Instant.parse(after.path("nextAttempt").asText())
                        .isAfter(Instant.now().plusSeconds(3000)),
                "a refused retry changed the letter: " + after);
    }

    private static void readinessCarriesTheOutboxAndTheTimers(Corner1 c1, PayaraMicro kurer, Instant firstSent)
            throws InterruptedException {
        // the oldest waiting letter was accepted after firstSent: let at least two seconds pass, so its age reads >= 1
        long wait = Duration.between(Instant.now(), firstSent.plusSeconds(2)).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        HttpResponse<String> ready = c1.send(
                HttpRequest.newBuilder(kurer.base().resolve("/health/ready")).build());
        assertEquals(200, ready.statusCode(), ready.body());
        JsonNode checks = Corner1.readTree(ready.body()).path("checks");
        JsonNode outbox = check(checks, "kurer-outbox");
        assertEquals("UP", outbox.path("status").asText(), ready.body());
        assertEquals(2, outbox.path("data").path("outbox-size").asLong(), ready.body());
        long age = outbox.path("data").path("oldest-age-seconds").asLong();
        long bound = Duration.between(firstSent, Instant.now()).toSeconds() + 1;
        assertTrue(age >= 1 && age <= bound, "the oldest letter's age is not within 1.." + bound + ": " + ready.body());
        JsonNode timers = check(checks, "kurer-timers");
        assertEquals("UP", timers.path("status").asText(), ready.body());
        assertTrue(
                timers.path("data").path("Outbox round").asText().startsWith("every 1 s; last success"), ready.body());
    }

    private static void inTheBrowser(PayaraMicro kurer, Corner3Stub c3, StubMapping refusal, Letter waiting)
            throws Exception {
        try (Browser browser = Browser.startOrSkip()) {
            browser.basicAuth(Admin.USER, Admin.PASSWORD);
            browser.open(kurer.base().resolve("/admin/"));
            String id = waiting.meldingsid();
            browser.awaitScript(
                    "the outbox does not show the refused letter with corner 3's reason", WAIT, """
                    const row = document.querySelector(`#outbox tr[data-meldingsid="${arguments[0]}"]`);
                    return !!row && row.cells[5].textContent.includes(arguments[1])
                        && row.cells[5].textContent.includes('400') && !!row.querySelector('button.retry-now');""", id, REASON);
            browser.awaitScript("the refusal is not listed with its sender", WAIT, """
                    return [...document.querySelectorAll('#refusals tbody tr')].some(r =>
                        r.cells[0].textContent === arguments[0] && r.cells[1].textContent === '409'
                        && r.cells[2].textContent === 'urn:kurer:problem:meldingsid-used');""", AVSENDER);
            browser.awaitScript("the chart is not drawn", WAIT, """
                    const bars = [...document.querySelectorAll('#chart svg rect')];
                    return bars.some(b => b.classList.contains('accepted') && b.getAttribute('height') > 0)
                        && bars.some(b => b.classList.contains('forwarded') && b.getAttribute('height') > 0);""");

            c3.server().removeStub(refusal);
            browser.script(
                    "document.querySelector(`#outbox tr[data-meldingsid=\"${arguments[0]}\"] button.retry-now`)"
                            + ".click();",
                    id);
            browser.awaitScript("the letter did not become SENDT after retry now", WAIT, """
                    const row = document.querySelector(`#newest-letters tr[data-meldingsid="${arguments[0]}"]`);
                    return !!row && row.cells[4].textContent === 'SENDT'
                        && !document.querySelector(`#outbox tr[data-meldingsid="${arguments[0]}"]`);""", id);
            assertEquals(1, c3.acceptedPuts(id), "corner 3 did not get the package once");

            String own = "http://localhost:" + kurer.base().getPort() + "/";
            List<String> requested = browser.requestedBy(own + "admin/");
            assertTrue(
                    requested.containsAll(List.of(own + "admin/c2.js", own + "admin/dpi/activity")),
                    "the page's requests were not logged: " + requested);
            assertTrue(
                    requested.stream().allMatch(url -> url.startsWith(own)),
                    "the page asked another origin: "
                            + requested.stream().filter(u -> !u.startsWith(own)).toList());
        }
    }

    private PayaraMicro start(Corner3Stub c3) throws Exception {
        Map<String, String> properties = KurerProperties.sandbox(
                dir,
                PORT,
                "jdbc:h2:file:" + dir.resolve("db/kurer") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000",
                c3.route());
        properties.put("dpi.forward.interval-seconds", "1");
        properties.put("dpi.forward.initial-backoff-seconds", "3600");
        properties.put("dpi.forward.max-backoff-seconds", "3600");
        properties.put("dpi.forward.max-attempts", "2");
        // the sandbox's administrator, and a user the server knows who lacks the role admin
        Path users = Files.createDirectories(dir).resolve("users.asadmin");
        Files.writeString(dir.resolve("viewer.password"), "AS_ADMIN_USERPASSWORD=no-admin\n");
        Files.writeString(
                users,
                Files.readString(Path.of("server-config/payara/admin-user.asadmin"))
                        + "\ncreate-file-user --groups viewer --passwordfile " + dir.resolve("viewer.password")
                        + " viewer\n");
        return PayaraMicro.start(
                PORT, properties, List.of("--postbootcommandfile", users.toString()), dir.resolve("kurer.log"));
    }

    private static StubMapping refuse(Corner3Stub c3, Letter letter) {
        return c3.server()
                .stubFor(post(urlEqualTo("/c3/sendmelding/" + letter.meldingsid()))
                        .willReturn(aResponse()
                                .withStatus(400)
                                .withHeader("Content-Type", "application/problem+json")
                                .withBody("{\"status\":400,\"title\":\"Ugyldig mottaker\",\"detail\":\"" + REASON
                                        + "\"}")));
    }

    private static Letter send(Corner1 c1, Letter letter, String token) {
        HttpResponse<String> posted = postMelding(c1, letter.meldingsid(), letter.forretningsmelding(), token);
        assertEquals(200, posted.statusCode(), posted.body());
        HttpResponse<String> put = putPakke(c1, letter.meldingsid(), letter.dokumentpakke(), token);
        assertEquals(200, put.statusCode(), put.body());
        return letter;
    }

    private static String retry(Letter letter) {
        return "/admin/dpi/letters/" + letter.meldingsid() + "/retry";
    }

    private static JsonNode letters(Admin admin) {
        HttpResponse<String> response = admin.get("/admin/dpi/letters", LOGIN);
        assertEquals(200, response.statusCode(), response.body());
        return Corner1.readTree(response.body());
    }

    private static JsonNode await(Admin admin, String what, Predicate<JsonNode> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode overview = letters(admin);
        while (!done.test(overview)) {
            if (Instant.now().isAfter(deadline)) {
                fail("not within " + WAIT + ": " + what + "; the admin API shows " + overview);
            }
            Thread.sleep(500);
            overview = letters(admin);
        }
        return overview;
    }

    private static JsonNode outboxRow(JsonNode overview, Letter letter) {
        return find(overview.path("outbox"), letter);
    }

    private static JsonNode find(JsonNode rows, Letter letter) {
        return StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> r.path("meldingsid").asText().equals(letter.meldingsid()))
                .findFirst()
                .orElse(null);
    }

    private static JsonNode check(JsonNode checks, String name) {
        return StreamSupport.stream(checks.spliterator(), false)
                .filter(c -> c.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + checks));
    }
}
