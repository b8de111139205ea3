package no.kurer.systemuser;

import static no.kurer.testsupport.Kurer.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import no.kurer.sandbox.maskinporten.control.GrantFactory;
import no.kurer.testsupport.Admin;
import no.kurer.testsupport.Browser;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Kurer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * System user onboarding over HTTP on a real Payara Micro against the sandbox's Altinn Authentication and
 * Maskinporten: the administrator starts it in the admin API, the customer's manager clicks Approve or Reject on the
 * confirm page, Kurer's timer follows the request, and an approved system user gets tokens.
 */
@ExtendWith(ArquillianExtension.class)
class SystemUserOnboardingIT {

    static final String CUSTOMER = "991825827";
    static final String VENDOR = "999888771";
    static final String SYSTEM_ID = VENDOR + "_kurer";
    static final Duration WAIT = Duration.ofSeconds(30);
    /** Names unique to this run: the IT database under target/it outlives a run. */
    static final long STARTED = System.currentTimeMillis();

    static final String RUN = Long.toString(STARTED, 36);

    final Admin admin = new Admin(Kurer.base());

    @Deployment(testable = false)
    static WebArchive kurer() {
        return Kurer.war();
    }

    @Test
    void onboardingFromSystemRegisterToAWorkingSystemUserToken() {
        JsonNode started = admin.start(CUSTOMER, "e2e-" + RUN);
        long id = started.path("id").asLong();
        assertEquals("New", started.path("status").asText(), started.toString());
        assertEquals(SYSTEM_ID, started.path("systemId").asText());
        String externalRef = SYSTEM_ID + "_systembruker_e2e-" + RUN;
        assertEquals(externalRef, started.path("externalRef").asText());
        String confirmUrl = started.path("confirmUrl").asText();
        assertTrue(
                confirmUrl.startsWith(
                        Kurer.base().resolve("/sandbox/altinn/confirm/").toString()),
                confirmUrl);

        // not approved yet: Maskinporten refuses a system user token
        HttpResponse<String> early = systemUserGrant(externalRef);
        assertEquals(400, early.statusCode(), early.body());
        assertEquals(
                "invalid_authorization_details",
                Corner1.readTree(early.body()).path("error").asText());

        HttpResponse<String> approved = admin.decide(confirmUrl, "approve");
        assertEquals(200, approved.statusCode(), approved.body());
        assertTrue(approved.body().contains("Accepted"), approved.body());

        JsonNode accepted = admin.awaitStatus(id, "Accepted", WAIT);
        List<String> history = StreamSupport.stream(accepted.path("history").spliterator(), false)
                .map(h -> h.path("status").asText())
                .toList();
        assertEquals(List.of("RegisteringSystem", "New", "Accepted"), history);

        // Kurer's own Maskinporten client gets a system user token for it
        JsonNode check = Corner1.readTree(
                admin.post("/admin/systemusers/" + id + "/token-check", "", Admin.basic(Admin.USER, Admin.PASSWORD))
                        .body());
        JsonNode detail = check.path("authorization_details").path(0);
        assertEquals("urn:altinn:systemuser", detail.path("type").asText(), check.toString());
        assertEquals(
                "0192:" + CUSTOMER, detail.path("systemuser_org").path("ID").asText());
        assertEquals(SYSTEM_ID, detail.path("system_id").asText());
        assertTrue(detail.path("systemuser_id").path(0).asText().length() > 10, check.toString());

        // and so does any client listed on the system, and the token exchanges for an Altinn token
        HttpResponse<String> token = systemUserGrant(externalRef);
        assertEquals(200, token.statusCode(), token.body());
        String accessToken = Corner1.readTree(token.body()).path("access_token").asText();
        JsonNode claims = payload(accessToken);
        assertEquals(
                detail.path("systemuser_id"),
                claims.path("authorization_details").path(0).path("systemuser_id"));
        HttpResponse<String> exchanged = admin.client()
                .send(HttpRequest.newBuilder(
                                Kurer.base().resolve("/sandbox/altinn/authentication/api/v1/exchange/maskinporten"))
                        .header("Authorization", "Bearer " + accessToken)
                        .build());
        assertEquals(200, exchanged.statusCode(), exchanged.body());
        assertEquals(
                SYSTEM_ID,
                payload(exchanged.body())
                        .path("authorization_details")
                        .path(0)
                        .path("system_id")
                        .asText());

        // a repeated start answers the same onboarding; the list shows it Accepted, and, as the sandbox profile
        // configures Kurer to act for its own organisation through a configured system user, that one as active
        assertEquals(id, admin.start(CUSTOMER, "e2e-" + RUN).path("id").asLong());
        JsonNode list = admin.list();
        assertTrue(StreamSupport.stream(list.path("registrations").spliterator(), false)
                .anyMatch(r ->
                        r.path("id").asLong() == id && r.path("status").asText().equals("Accepted")));
        assertEquals("999888771", list.path("active").path("orgno").asText(), list.toString());
        assertEquals("999888771_kurer", list.path("active").path("systemId").asText(), list.toString());
    }

    /** Issue 18, item 2: an agent system user of a service provider, and the clients that delegate to it. */
    @Test
    void agentOnboardingToAcceptedThenItsDelegatedClientsAreFollowed() {
        String login = Admin.basic(Admin.USER, Admin.PASSWORD);
        HttpResponse<String> response = admin.post(
                "/admin/systemusers",
                "{\"orgno\":\"" + CUSTOMER + "\",\"name\":\"agent-" + RUN + "\",\"kind\":\"agent\"}",
                login);
        assertEquals(201, response.statusCode(), response.body());
        JsonNode started = Corner1.readTree(response.body());
        long id = started.path("id").asLong();
        assertEquals("agent", started.path("kind").asText(), started.toString());
        assertEquals("New", started.path("status").asText(), started.toString());
        assertEquals(
                SYSTEM_ID + "_agent_agent-" + RUN, started.path("externalRef").asText());
        String confirmUrl = started.path("confirmUrl").asText();
        assertTrue(confirmUrl.endsWith("?kind=agent"), confirmUrl);

        HttpResponse<String> approved = admin.decide(confirmUrl, "approve");
        assertEquals(200, approved.statusCode(), approved.body());
        JsonNode accepted = admin.awaitStatus(id, "Accepted", WAIT);
        assertEquals(
                List.of("RegisteringSystem", "New", "Accepted"),
                StreamSupport.stream(accepted.path("history").spliterator(), false)
                        .map(h -> h.path("status").asText())
                        .toList());

        // Kurer learns the agent's systemuser_id and reads its (still empty) client list on the poller's round
        JsonNode followed = awaitRegistration(
                id,
                r -> !r.path("systemUserId").isNull()
                        && !r.path("clientsChecked").isNull(),
                "clients read");
        String systemUserId = followed.path("systemUserId").asText();
        assertEquals(0, followed.path("clients").size(), followed.toString());
        assertTrue(followed.path("clientsError").isNull(), followed.toString());

        // a client delegates to the agent in Altinn: it shows; it withdraws: it is gone
        String client = "31" + String.format("%07d", Math.floorMod(RUN.hashCode(), 10_000_000));
        String control = "/sandbox/altinn/agents/" + systemUserId + "/clients/" + client;
        HttpResponse<String> delegated = admin.client()
                .send(HttpRequest.newBuilder(Kurer.base().resolve(control))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        assertEquals(200, delegated.statusCode(), delegated.body());
        JsonNode shown = awaitRegistration(id, r -> clientOf(r, client) != null, "client " + client + " shown");
        assertTrue(clientOf(shown, client).path("authorised").asBoolean(), shown.toString());
        assertTrue(clientOf(shown, client).path("delegated").asBoolean(), shown.toString());

        HttpResponse<String> removed = admin.client()
                .send(HttpRequest.newBuilder(Kurer.base().resolve(control))
                        .DELETE()
                        .build());
        assertEquals(204, removed.statusCode(), removed.body());
        awaitRegistration(id, r -> clientOf(r, client) == null, "client " + client + " gone");

        // an agent is never the system user Kurer acts with, and takes no change request
        assertEquals("999888771", admin.list().path("active").path("orgno").asText());
        assertProblem(
                admin.post(
                        "/admin/systemusers/" + id + "/changerequest",
                        "{\"accessPackages\":[\"urn:altinn:accesspackage:post-og-arkiv\"]}",
                        login),
                409,
                "change-request-not-possible");
    }

    /** Issue 18, item 2: more access packages for an accepted standard system user, by a change request. */
    @Test
    void changeRequestForAnAccessPackageApprovedOnTheConfirmPage() {
        String login = Admin.basic(Admin.USER, Admin.PASSWORD);
        String extra = "urn:altinn:accesspackage:post-og-arkiv";
        JsonNode started = admin.start(CUSTOMER, "change-" + RUN);
        long id = started.path("id").asLong();
        assertEquals(
                200,
                admin.decide(started.path("confirmUrl").asText(), "approve").statusCode());
        admin.awaitStatus(id, "Accepted", WAIT);

        HttpResponse<String> response = admin.post(
                "/admin/systemusers/" + id + "/changerequest", "{\"accessPackages\":[\"" + extra + "\"]}", login);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode requested = Corner1.readTree(response.body());
        JsonNode change = requested.path("changeRequest");
        assertEquals("New", change.path("status").asText(), requested.toString());
        assertEquals(
                List.of(extra), List.of(change.path("accessPackages").path(0).asText()));
        assertTrue(change.path("id").asText().length() > 10, change.toString());
        String changeConfirm = change.path("confirmUrl").asText();
        assertTrue(changeConfirm.endsWith("?kind=change"), changeConfirm);
        assertTrue(requested.path("systemUserId").asText().length() > 10, requested.toString());
        assertTrue(
                StreamSupport.stream(requested.path("accessPackages").spliterator(), false)
                        .noneMatch(p -> p.asText().equals(extra)),
                "not before the customer approves: " + requested);

        // one change request at a time
        assertProblem(
                admin.post(
                        "/admin/systemusers/" + id + "/changerequest",
                        "{\"accessPackages\":[\"" + extra + "\"]}",
                        login),
                409,
                "change-request-not-possible");

        HttpResponse<String> approved = admin.decide(changeConfirm, "approve");
        assertEquals(200, approved.statusCode(), approved.body());
        JsonNode accepted = awaitRegistration(
                id, r -> r.path("changeRequest").path("status").asText().equals("Accepted"), "change Accepted");
        assertTrue(
                StreamSupport.stream(accepted.path("accessPackages").spliterator(), false)
                        .anyMatch(p -> p.asText().equals(extra)),
                accepted.toString());
        assertTrue(
                StreamSupport.stream(accepted.path("history").spliterator(), false)
                        .anyMatch(h -> h.path("description").asText().endsWith(": Accepted")
                                && h.path("description").asText().startsWith("Change request")),
                accepted.toString());
    }

    @Test
    void agentKindsAndChangeRequestsAltinnWouldRefuseAreRefusedFirst() {
        String login = Admin.basic(Admin.USER, Admin.PASSWORD);
        assertProblem(
                admin.post(
                        "/admin/systemusers",
                        "{\"orgno\":\"" + CUSTOMER + "\",\"name\":\"robot-" + RUN + "\",\"kind\":\"robot\"}",
                        login),
                400,
                "invalid-onboarding");
        assertProblem(
                admin.post(
                        "/admin/systemusers",
                        "{\"orgno\":\"12345\",\"name\":\"agent-bad-" + RUN + "\",\"kind\":\"agent\"}",
                        login),
                400,
                "invalid-onboarding");
        String wanted = "{\"accessPackages\":[\"urn:altinn:accesspackage:post-og-arkiv\"]}";
        assertProblem(
                admin.post("/admin/systemusers/999999/changerequest", wanted, login), 404, "unknown-registration");

        JsonNode pending = admin.start(CUSTOMER, "change-pending-" + RUN);
        String path = "/admin/systemusers/" + pending.path("id").asLong() + "/changerequest";
        assertProblem(admin.post(path, wanted, login), 409, "change-request-not-possible");
        assertProblem(admin.post(path, "{\"accessPackages\":[]}", login), 400, "invalid-change-request");
        assertProblem(
                admin.post(path, "{\"accessPackages\":[\"post-og-arkiv\"]}", login), 400, "invalid-change-request");
        assertProblem(admin.post(path, "{\"accessPackages\":\"x\"}", login), 400, "unreadable-input");
        assertProblem(admin.post(path, "{\"accessPackages\":[1]}", login), 400, "unreadable-input");
        assertProblem(admin.post(path, "not json", login), 400, "unreadable-input");
        assertTrue(admin.registration(pending.path("id").asLong())
                .path("changeRequest")
                .isMissingNode());
    }

    @Test
    void rejectedThenRetriedAndApproved() {
        JsonNode started = admin.start(CUSTOMER, "rejected-" + RUN);
        long id = started.path("id").asLong();
        String firstConfirm = started.path("confirmUrl").asText();
        assertEquals(200, admin.decide(firstConfirm, "reject").statusCode());
        JsonNode rejected = admin.awaitStatus(id, "Rejected", WAIT);
        assertTrue(rejected.path("retryable").asBoolean());
        assertEquals(
                400,
                systemUserGrant(SYSTEM_ID + "_systembruker_rejected-" + RUN).statusCode(),
                "no token for a rejected system user");

        JsonNode retried = admin.retry(id);
        assertEquals("New", retried.path("status").asText(), retried.toString());
        assertNotEquals(firstConfirm, retried.path("confirmUrl").asText(), "a new request, with its own link");
        assertEquals(
                200,
                admin.decide(retried.path("confirmUrl").asText(), "approve").statusCode());
        admin.awaitStatus(id, "Accepted", WAIT);
        assertEquals(
                200,
                systemUserGrant(SYSTEM_ID + "_systembruker_rejected-" + RUN).statusCode());
    }

    @Test
    void requestNobodyAnswersTimesOut() {
        JsonNode started = admin.start(CUSTOMER, "timeout-" + RUN);
        long id = started.path("id").asLong();
        admin.timeOut(started.path("requestId").asText());
        JsonNode timedOut = admin.awaitStatus(id, "Timedout", WAIT);
        assertTrue(timedOut.path("retryable").asBoolean());
        HttpResponse<String> tooLate =
                admin.decideWithoutPage(started.path("confirmUrl").asText(), "approve");
        assertEquals(400, tooLate.statusCode(), "a timed-out request cannot be approved");
        assertProblem(
                admin.post("/admin/systemusers/" + id + "/token-check", "", Admin.basic(Admin.USER, Admin.PASSWORD)),
                409,
                "system-user-not-approved");
    }

    @Test
    void altinnAnswering5xxIsRetriedUntilItRecovers() {
        // Altinn fails every call until it recovers below: a count of failures would be shared with the calls the
        // poller makes meanwhile for other onboardings (requests still New, an agent's clients), so the start might
        // meet none of them
        admin.altinnFails(1_000_000, 503);
        try {
            JsonNode started = admin.start(CUSTOMER, "flaky-" + RUN);
            long id = started.path("id").asLong();
            assertEquals("RegisteringSystem", started.path("status").asText(), started.toString());
            assertTrue(started.path("lastError").asText().contains("503"), started.toString());
            admin.altinnRecovers();

            JsonNode recovered = admin.awaitStatus(id, "New", WAIT);
            assertTrue(recovered.path("confirmUrl").asText().startsWith("http"), recovered.toString());
            assertTrue(
                    StreamSupport.stream(recovered.path("history").spliterator(), false)
                            .anyMatch(h -> h.path("description").asText().contains("503")),
                    recovered.toString());
        } finally {
            admin.altinnRecovers();
        }
    }

    @Test
    void invalidInputIsRefusedBeforeAltinnIsCalled() {
        assertProblem(
                admin.post("/admin/systemusers", "{\"orgno\":\"12345\"}", Admin.basic(Admin.USER, Admin.PASSWORD)),
                400,
                "invalid-onboarding");
        assertProblem(
                admin.post(
                        "/admin/systemusers",
                        "{\"orgno\":\"" + CUSTOMER + "\",\"name\":\"has space\"}",
                        Admin.basic(Admin.USER, Admin.PASSWORD)),
                400,
                "invalid-onboarding");
        assertProblem(
                admin.post("/admin/systemusers/999999/retry", "", Admin.basic(Admin.USER, Admin.PASSWORD)),
                404,
                "unknown-registration");
    }

    @Test
    void withoutTheAdminRoleNothingIsShownOrStarted() {
        for (String authorization : new String[] {null, Admin.basic(Admin.USER, "wrong"), Admin.basic("nobody", "x")}) {
            HttpResponse<String> list = admin.get("/admin/systemusers", authorization);
            assertProblem(list, 401, "unauthorized");
            assertTrue(
                    list.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                    list.headers().map().toString());
            assertProblem(admin.post("/admin/systemusers", "{}", authorization), 401, "unauthorized");
            assertEquals(401, admin.get("/admin/", authorization).statusCode());
        }
        HttpResponse<String> page = admin.get("/admin/", Admin.basic(Admin.USER, Admin.PASSWORD));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Start onboarding"), page.body());
    }

    /** Issue 13, item 10: what a page of another site can make the administrator's browser send, with its login. */
    @Test
    void crossSiteCallsToTheAdminApiAreRefusedAndChangeNothing() {
        String login = Admin.basic(Admin.USER, Admin.PASSWORD);
        JsonNode started = admin.start(CUSTOMER, "csrf-" + RUN);
        long id = started.path("id").asLong();
        assertEquals(
                200, admin.decide(started.path("confirmUrl").asText(), "reject").statusCode());
        JsonNode rejected = admin.awaitStatus(id, "Rejected", WAIT);
        String evil = "http://evil.example";
        String own = "http://" + Kurer.base().getAuthority();

        for (String call : List.of("retry", "token-check", "changerequest")) {
            String path = "/admin/systemusers/" + id + "/" + call;
            assertProblem(
                    admin.post(path, "application/x-www-form-urlencoded", evil, "a=b", login),
                    403,
                    "cross-site-request");
            assertProblem(admin.post(path, "text/plain", null, "{}", login), 403, "cross-site-request");
            assertProblem(
                    admin.post(path, "multipart/form-data; boundary=x", own, "--x--", login),
                    403,
                    "cross-site-request");
            assertProblem(admin.post(path, "application/json", evil, "{}", login), 403, "cross-site-request");
            assertProblem(admin.post(path, "application/json", "null", "{}", login), 403, "cross-site-request");
        }
        assertProblem(
                admin.post(
                        "/admin/systemusers",
                        "application/x-www-form-urlencoded",
                        evil,
                        "orgno=" + CUSTOMER + "&name=csrf-new-" + RUN,
                        login),
                403,
                "cross-site-request");

        JsonNode after = admin.registration(id);
        assertEquals("Rejected", after.path("status").asText(), after.toString());
        assertEquals(rejected.path("attempts"), after.path("attempts"), after.toString());
        assertEquals(rejected.path("history").size(), after.path("history").size(), after.toString());
        assertTrue(
                StreamSupport.stream(admin.list().path("registrations").spliterator(), false)
                        .noneMatch(r -> r.path("externalRef").asText().endsWith("csrf-new-" + RUN)),
                "a forged start");

        // the admin page's own call: JSON from Kurer's own origin
        HttpResponse<String> retried =
                admin.post("/admin/systemusers/" + id + "/retry", "application/json", own, "{}", login);
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals("New", Corner1.readTree(retried.body()).path("status").asText(), retried.body());
    }

    @Test
    void adminPageAndApiSendSecurityHeaders() {
        String login = Admin.basic(Admin.USER, Admin.PASSWORD);
        for (String path : List.of("/admin/", "/admin/admin.js", "/admin/systemusers", "/admin/dpo/messages")) {
            HttpResponse<String> response = admin.get(path, login);
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            String csp =
                    response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(
                    csp.contains("script-src 'self'")
                            && csp.contains("frame-ancestors 'self'")
                            && !csp.contains("unsafe-inline"),
                    path + ": " + csp);
            assertEquals(
                    "nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(""),
                    path);
        }
        for (String api : List.of("/admin/systemusers", "/admin/dpo/messages")) {
            assertEquals(List.of("no-store"), admin.get(api, login).headers().allValues("Cache-Control"), api);
        }
        String page = admin.get("/admin/", login).body();
        assertTrue(
                !page.matches("(?s).*<script(?![^>]*\\ssrc=).*") && !page.matches("(?s).*\\son[a-z]+\\s*=.*"),
                "inline script or event handler in the admin page: " + page);
    }

    @Test
    void adminPageInHeadlessChromium() throws Exception {
        try (Browser browser = Browser.startOrSkip()) {
            browser.basicAuth(Admin.USER, Admin.PASSWORD);
            browser.open(Kurer.base().resolve("/admin/"));
            browser.type("orgno", CUSTOMER);
            browser.type("name", "browser-" + RUN);
            browser.click("start-button");
            String externalRef = SYSTEM_ID + "_systembruker_browser-" + RUN;
            String confirmUrl = browser.awaitConfirmLink(externalRef, WAIT);
            assertEquals("New", browser.statusOf(externalRef));
            long id = idOf(externalRef);
            browser.awaitText("message", "Onboarding " + id + " is New.", WAIT);
            assertTrue(browser.historyOf(externalRef).contains("New"), String.valueOf(browser.historyOf(externalRef)));

            // the customer's manager opens the link in another browser and clicks Approve
            try (Browser manager = Browser.startOrSkip()) {
                manager.open(URI.create(confirmUrl));
                manager.click("approve");
                assertEquals("Accepted", manager.text("status"));
            }
            browser.awaitStatus(externalRef, "Accepted", WAIT);
            browser.awaitText("message", "Onboarding " + id + " is Accepted.", WAIT);
            List<String> history = browser.historyOf(externalRef);
            assertEquals("Accepted", history.get(history.size() - 1), "the history follows the row: " + history);
            assertTrue(browser.text("active").contains("Organisation number"), browser.text("active"));
        }
    }

    /**
     * Issue 18: an organisation added through the admin API is onboarded as {@code systemuser.org} is, its row follows
     * its approval to Accepted and its inbox is polled, and once removed it is neither polled nor acts with a system
     * user; the configured one is listed and cannot be removed.
     */
    @Test
    void organisationAddedThroughTheAdminApiIsOnboardedFollowedAndRemoved() {
        String orgno = organisationOfThisRun(1);
        HttpResponse<String> added = admin.post(
                "/admin/organisations",
                "{\"orgno\":\"" + orgno + "\",\"name\":\"api-" + RUN + "\",\"nextmoveUsers\":[\"sak-" + RUN + "\"]}",
                Admin.basic(Admin.USER, Admin.PASSWORD));
        assertEquals(201, added.statusCode(), added.body());
        JsonNode organisation = Corner1.readTree(added.body());
        assertEquals("ACTIVE", organisation.path("state").asText(), added.body());
        assertEquals(
                List.of("sak-" + RUN),
                List.of(organisation.path("nextmoveUsers").path(0).asText()));
        JsonNode onboarding = organisation.path("onboarding");
        assertEquals("New", onboarding.path("status").asText(), added.body());
        assertEquals(orgno, onboarding.path("orgno").asText());
        assertEquals(
                SYSTEM_ID + "_systembruker_kurer",
                onboarding.path("externalRef").asText());
        String confirmUrl = onboarding.path("confirmUrl").asText();
        assertTrue(
                confirmUrl.startsWith(
                        Kurer.base().resolve("/sandbox/altinn/confirm/").toString()),
                confirmUrl);

        JsonNode listed = organisation(orgno);
        assertEquals(
                "New",
                listed.path("systemUser").path("onboarding").path("status").asText(),
                listed.toString());
        assertEquals(
                confirmUrl,
                listed.path("systemUser").path("onboarding").path("confirmUrl").asText());
        assertFalse(listed.path("systemUser").path("present").asBoolean(), "no system user before approval");
        assertFalse(listed.path("polled").asBoolean(), "not polled without a system user");
        assertFalse(listed.path("configured").asBoolean());
        assertTrue(listed.path("removable").asBoolean());
        assertTrue(listed.path("authorised").asBoolean());
        assertEquals(0, listed.path("backlog").path("incoming").asInt(), listed.toString());
        assertEquals(0, listed.path("failures").path("outgoing").asInt(), listed.toString());
        assertTrue(
                listed.path("key").asText().contains(orgno),
                "no key store of its own in the IT, and the page says so: " + listed);

        assertEquals(200, admin.decide(confirmUrl, "approve").statusCode());
        JsonNode accepted = awaitOrganisation(
                orgno,
                o -> o.path("systemUser")
                        .path("onboarding")
                        .path("status")
                        .asText()
                        .equals("Accepted"));
        assertTrue(accepted.path("systemUser").path("present").asBoolean(), accepted.toString());
        assertTrue(
                accepted.path("polled").asBoolean(),
                "polled once it has a system user, without a restart: " + accepted);

        // the configured organisation is listed first and cannot be removed
        JsonNode configured = organisations().path(0);
        assertTrue(configured.path("configured").asBoolean(), configured.toString());
        assertEquals(VENDOR, configured.path("orgno").asText(), configured.toString());
        assertFalse(configured.path("removable").asBoolean());

        // the administrator changes who acts for it
        HttpResponse<String> users =
                send("PUT", orgno, "{\"nextmoveUsers\":[\"arkiv-" + RUN + "\",\"sak-" + RUN + "\"]}");
        assertEquals(200, users.statusCode(), users.body());
        assertEquals(
                "[\"arkiv-" + RUN + "\",\"sak-" + RUN + "\"]",
                organisation(orgno).path("nextmoveUsers").toString());
        assertProblem(send("PUT", orgno, "{\"nextmoveUsers\":[\"has space\"]}"), 400, "invalid-organisation");

        HttpResponse<String> removed = deleteOrganisation(orgno);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals("REMOVED", Corner1.readTree(removed.body()).path("state").asText(), removed.body());
        JsonNode after = organisation(orgno);
        assertEquals("REMOVED", after.path("state").asText(), after.toString());
        assertFalse(after.path("polled").asBoolean(), "a removed organisation is not polled: " + after);
        assertFalse(after.path("systemUser").path("present").asBoolean(), "nor acted for: " + after);
        assertFalse(after.path("removable").asBoolean());
        assertTrue(after.path("removed").asText().startsWith("20"), after.toString());
    }

    @Test
    void organisationRefusals() {
        String login = Admin.basic(Admin.USER, Admin.PASSWORD);
        assertProblem(admin.post("/admin/organisations", "{\"orgno\":\"12345\"}", login), 400, "invalid-organisation");
        assertProblem(
                admin.post(
                        "/admin/organisations",
                        "{\"orgno\":\"" + organisationOfThisRun(8) + "\",\"access\":\"AGENT\"}",
                        login),
                400,
                "invalid-organisation");
        assertProblem(
                admin.post(
                        "/admin/organisations",
                        "{\"orgno\":\"" + organisationOfThisRun(8) + "\",\"access\":\"AGENT_CLIENT\"}",
                        login),
                400,
                "invalid-organisation");
        assertProblem(deleteOrganisation(organisationOfThisRun(9)), 404, "unknown-organisation");
        assertProblem(deleteOrganisation(VENDOR), 409, "organisation-configured");
        assertProblem(send("PUT", organisationOfThisRun(9), "{\"nextmoveUsers\":[]}"), 404, "unknown-organisation");
        assertTrue(
                organisations().findValues("orgno").stream()
                        .noneMatch(o -> o.asText().equals(organisationOfThisRun(8))),
                "a refused organisation is not added");
        assertProblem(
                admin.post("/admin/organisations", "application/x-www-form-urlencoded", null, "orgno=1", login),
                403,
                "cross-site-request");
    }

    /** Issue 18 on the admin page: add an organisation, follow its approval to Accepted, remove it. */
    @Test
    void organisationAddedOnTheAdminPageInHeadlessChromium() throws Exception {
        String orgno = organisationOfThisRun(2);
        String row =
                "[...document.querySelectorAll('#organisations tbody tr')].find(r => r.dataset.orgno === arguments[0])";
        try (Browser browser = Browser.startOrSkip()) {
            browser.basicAuth(Admin.USER, Admin.PASSWORD);
            browser.open(Kurer.base().resolve("/admin/"));
            browser.type("org-orgno", orgno);
            browser.type("org-name", "browser-" + RUN);
            browser.type("org-users", "sak-" + RUN + ", arkiv-" + RUN);
            browser.click("add-organisation-button");
            browser.awaitScript(
                    "the page did not show the approval link of " + orgno + ": " + browser.text("organisation-message"),
                    WAIT,
                    "const row = " + row + "; return !!row && !!row.querySelector('a.org-confirm');",
                    orgno);
            assertTrue(
                    browser.text("organisation-message").startsWith("Organisation " + orgno + " added."),
                    browser.text("organisation-message"));
            String confirmUrl =
                    (String) browser.script("return (" + row + ").querySelector('a.org-confirm').href;", orgno);
            assertEquals(
                    List.of("New", "Active", "Not polled", "sak-" + RUN + ", arkiv-" + RUN),
                    browser.script(
                            "const r = " + row + "; return [r.querySelector('td.systemuser').dataset.status,"
                                    + " r.querySelector('td.state').textContent, r.querySelector('td.polled').textContent,"
                                    + " r.querySelector('td.users').textContent];",
                            orgno));

            try (Browser manager = Browser.startOrSkip()) {
                manager.open(URI.create(confirmUrl));
                manager.click("approve");
                assertEquals("Accepted", manager.text("status"));
            }
            browser.awaitScript(
                    "the page did not follow " + orgno + " to Accepted and polled",
                    WAIT,
                    "const row = " + row + "; return !!row && row.querySelector('td.systemuser').dataset.status === "
                            + "'Accepted' && row.querySelector('td.polled').dataset.polled === 'true'"
                            + " && !row.querySelector('a.org-confirm');",
                    orgno);

            browser.script("(" + row + ").querySelector('button.remove').click();", orgno);
            browser.awaitScript(
                    "the page did not show " + orgno + " removed",
                    WAIT,
                    "const row = " + row + "; return !!row && row.querySelector('td.state').dataset.state === 'REMOVED'"
                            + " && !row.querySelector('button.remove');",
                    orgno);
        }
        assertEquals("REMOVED", organisation(orgno).path("state").asText());
    }

    /** A nine-digit orgno of this run's own: the IT database outlives a run. */
    static String organisationOfThisRun(int n) {
        return String.format("8%07d%d", STARTED / 1000 % 10_000_000, n);
    }

    private JsonNode organisations() {
        HttpResponse<String> response = admin.get("/admin/organisations", Admin.basic(Admin.USER, Admin.PASSWORD));
        assertEquals(200, response.statusCode(), response.body());
        return Corner1.readTree(response.body()).path("organisations");
    }

    private JsonNode organisation(String orgno) {
        for (JsonNode organisation : organisations()) {
            if (orgno.equals(organisation.path("orgno").asText())) {
                return organisation;
            }
        }
        throw new AssertionError("no organisation " + orgno + " in " + organisations());
    }

    private JsonNode awaitOrganisation(String orgno, Predicate<JsonNode> until) {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode organisation = organisation(orgno);
        while (!until.test(organisation)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "organisation " + orgno + " did not come to it within " + WAIT + ": " + organisation);
            }
            Admin.sleep(300);
            organisation = organisation(orgno);
        }
        return organisation;
    }

    /** {@code DELETE} as the admin page sends it: JSON (AdminGuard refuses any other state-changing call). */
    private HttpResponse<String> deleteOrganisation(String orgno) {
        return send("DELETE", orgno, null);
    }

    private HttpResponse<String> send(String method, String orgno, String json) {
        return admin.client()
                .send(HttpRequest.newBuilder(Kurer.base().resolve("/admin/organisations/" + orgno))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("Authorization", Admin.basic(Admin.USER, Admin.PASSWORD))
                        .method(
                                method,
                                json == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(json))
                        .build());
    }

    /** Waits (polling the admin API) until the onboarding's JSON satisfies {@code done}. */
    private JsonNode awaitRegistration(long id, Predicate<JsonNode> done, String what) {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode registration = admin.registration(id);
        while (!done.test(registration)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "onboarding " + id + ": not " + what + " within " + WAIT + ": " + registration);
            }
            Admin.sleep(300);
            registration = admin.registration(id);
        }
        return registration;
    }

    private static JsonNode clientOf(JsonNode registration, String orgno) {
        for (JsonNode client : registration.path("clients")) {
            if (orgno.equals(client.path("orgno").asText())) {
                return client;
            }
        }
        return null;
    }

    private long idOf(String externalRef) {
        for (JsonNode registration : admin.list().path("registrations")) {
            if (externalRef.equals(registration.path("externalRef").asText())) {
                return registration.path("id").asLong();
            }
        }
        throw new AssertionError("no onboarding " + externalRef);
    }

    private HttpResponse<String> systemUserGrant(String externalRef) {
        Corner1 c1 = admin.client();
        String grant = new GrantFactory(c1.identity(VENDOR), c1.issuer(), Clock.systemUTC())
                .clientId("kurer-sandbox")
                .scope("altinn:broker.read")
                .claim(
                        "authorization_details",
                        List.of(Map.of(
                                "type",
                                "urn:altinn:systemuser",
                                "systemuser_org",
                                Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + CUSTOMER),
                                "externalRef",
                                externalRef)))
                .sign();
        String form =
                "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                        + "&assertion=" + URLEncoder.encode(grant, StandardCharsets.UTF_8);
        return c1.send(HttpRequest.newBuilder(Kurer.base().resolve("/sandbox/maskinporten/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    static JsonNode payload(String jwt) {
        return Corner1.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
