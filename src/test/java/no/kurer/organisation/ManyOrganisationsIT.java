package no.kurer.organisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import no.kurer.testsupport.Admin;
import no.kurer.testsupport.BrokerParty;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Kurer;
import no.kurer.testsupport.KurerProperties;
import no.kurer.testsupport.PayaraMicro;
import no.kurer.testsupport.WebhookSubscriber;
import no.kurer.testsupport.WildFly;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 18 on a real Payara Micro of its own, or with {@code -Pwildfly} a WildFly of its own (Altinn's broker rate
 * limits over a shorter window), through the sandbox's Altinn Authentication, Maskinporten and Broker over HTTP: one
 * Kurer acts for three more organisations besides its own, A and B with standard system users an administrator
 * onboards on the admin API, C as a client of a service provider's agent system user. Each sends with its own token
 * and certificate, receives only in its own inbox, and its NextMove user sees only its messages; a backlog of one does
 * not hold up another; a removed organisation is no longer polled, and a client whose delegation is withdrawn is shown
 * as no longer authorised.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManyOrganisationsIT {

    static final int PORT = Integer.getInteger("kurer.it.port", 18080) + 60;

    static final String A = "311000001";
    static final String B = "311000002";
    static final String C = "311000003";
    /** The service provider that owns the agent system user C delegates to. */
    static final String PROVIDER = "311000009";
    /** Another client of the provider, which Kurer does not act for. */
    static final String D = "311000004";
    /** An organisation outside Kurer that sends A its backlog. */
    static final String OUTSIDE = "311000099";

    static final String USER_A = "fagsystem-a";
    static final String USER_B = "fagsystem-b";
    static final String PASSWORD = "kurer-nextmove";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    /** The server under test: a Payara Micro of its own, or with {@code -Pwildfly} a WildFly of its own. */
    static AutoCloseable kurer;
    /** Where it answers HTTP. */
    static URI base;

    static Admin admin;
    static Corner1 http;
    static String agentSystemUserId;

    /**
     * A server of its own, on a database of its own: Altinn's broker rate limits kept in proportion (search 10, the
     * rest 120 per window) over a window of 6 s rather than a minute, so that a backlog of 300 files is through in
     * about a minute.
     */
    @BeforeAll
    static void start() throws Exception {
        Path dir = Path.of(System.getProperty("kurer.it.dir", "target/it"), "many-" + System.nanoTime())
                .toAbsolutePath();
        Map<String, String> config = KurerProperties.sandbox(dir, PORT, KurerProperties.h2(dir));
        config.put("broker.poll.interval", "1");
        config.put("broker.rate.window-seconds", "6");
        config.put("systemuser.poll.interval", "1");
        config.put("sandbox.altinn.clients-page-size", "1"); // the agent's client list comes a client to a page
        if (Kurer.onWildFly()) {
            base = onWildFly(dir, config);
        } else {
            PayaraMicro payara = PayaraMicro.start(
                    PORT,
                    config,
                    List.of("--postbootcommandfile", "server-config/payara/admin-user.asadmin"),
                    dir.resolve("server.log"));
            kurer = payara;
            base = payara.base();
        }
        admin = new Admin(base);
        http = new Corner1(base);
    }

    /**
     * A WildFly set up by {@code server-config/wildfly/}'s scripts on H2, with the users Payara's {@code
     * admin-user.asadmin} makes (the sandbox's administrator, {@code fagsystem}, {@code fagsystem-a} and {@code
     * fagsystem-b}); the settings above are system properties of {@code standalone.sh}.
     */
    private static URI onWildFly(Path dir, Map<String, String> config) throws Exception {
        WildFly wildfly = new WildFly(WildFly.preparedHome(), dir, PORT);
        kurer = wildfly;
        Files.createDirectories(dir);
        Map<String, String> values = KurerProperties.fromTheSandbox(dir.resolve("sandbox"));
        values.put("db.driver", "h2");
        values.put("db.url", config.remove("db.url") + ";LOCK_TIMEOUT=10000");
        values.put("db.user", "kurer");
        values.put("db.password", "kurer");
        values.put("dpi.audience", "http://localhost:" + PORT + "/dpi");
        values.put("storage.dir", config.remove("storage.dir"));
        values.put("admin.user", Admin.USER);
        values.put("admin.password", Admin.PASSWORD);
        values.put("nextmove.user", "fagsystem");
        values.put("nextmove.password", PASSWORD);
        wildfly.prepareBaseDir();
        wildfly.runScripts(
                values,
                List.of(
                        Path.of("server-config/wildfly/kurer.cli"),
                        Path.of("server-config/wildfly/admin-user.cli"),
                        Path.of("src/test/resources/wildfly/more-nextmove-users.cli")));
        wildfly.start(config);
        wildfly.deploy(Path.of(System.getProperty("kurer.war", "target/kurer.war")));
        return wildfly.base();
    }

    @AfterAll
    static void stop() throws Exception {
        if (kurer != null) {
            kurer.close();
        }
    }

    @Test
    @Order(1)
    void anAdministratorAddsTwoOrganisationsThatAreOnboardedWithoutARestart() {
        for (String orgno : List.of(A, B, C, PROVIDER, OUTSIDE)) {
            new BrokerParty(http, orgno)
                    .identity(); // the sandbox CA's identity: the key store Kurer uses, the registry
        }
        for (String[] added : new String[][] {{A, USER_A}, {B, USER_B}}) {
            HttpResponse<String> response = adminCall(
                    "POST",
                    "/admin/organisations",
                    "{\"orgno\":\"" + added[0] + "\",\"name\":\"Kommune " + added[0] + "\",\"nextmoveUsers\":[\""
                            + added[1] + "\"],\"userName\":\"many-" + RUN + "\"}");
            assertEquals(201, response.statusCode(), response.body());
            JsonNode onboarding = Corner1.readTree(response.body()).path("onboarding");
            assertEquals("New", onboarding.path("status").asText(), response.body());
            assertEquals(
                    200,
                    admin.decide(onboarding.path("confirmUrl").asText(), "approve")
                            .statusCode());
            admin.awaitStatus(onboarding.path("id").asLong(), "Accepted", WAIT);
        }
        for (String orgno : List.of(A, B)) {
            await(orgno + " polled", () -> organisation(orgno).path("polled").asBoolean() ? true : null);
        }
    }

    @Test
    @Order(2)
    void aClientOfAnAgentSystemUserIsAddedOnceItDelegatesToTheAgent() {
        // C reaches Kurer through the provider's agent system user, once C delegates to it in Altinn
        HttpResponse<String> agent = adminCall(
                "POST",
                "/admin/systemusers",
                "{\"orgno\":\"" + PROVIDER + "\",\"name\":\"agent-" + RUN + "\",\"kind\":\"agent\"}");
        assertEquals(201, agent.statusCode(), agent.body());
        JsonNode requested = Corner1.readTree(agent.body());
        assertEquals(
                200,
                admin.decide(requested.path("confirmUrl").asText(), "approve").statusCode());
        long agentId = requested.path("id").asLong();
        agentSystemUserId = await("the agent's system user id", () -> {
            JsonNode registration = admin.registration(agentId);
            return "Accepted".equals(registration.path("status").asText())
                            && !registration.path("systemUserId").asText("").isBlank()
                    ? registration.path("systemUserId").asText()
                    : null;
        });
        delegate(D, true); // listed first: C is on the second page of the agent's client list
        delegate(C, true);
        HttpResponse<String> client = adminCall(
                "POST",
                "/admin/organisations",
                "{\"orgno\":\"" + C + "\",\"name\":\"Kommune C\",\"access\":\"AGENT_CLIENT\",\"agentRegistration\":"
                        + agentId + ",\"nextmoveUsers\":[\"" + USER_A + "\"]}");
        assertEquals(201, client.statusCode(), client.body());

        await(C + " polled", () -> organisation(C).path("polled").asBoolean() ? true : null);
        JsonNode clients = await("both pages of the agent's clients", () -> {
            JsonNode registration = admin.registration(agentId);
            return registration.path("clients").size() == 2 ? registration : null;
        });
        assertTrue(
                clients.path("clientsError").isNull()
                        || clients.path("clientsError").isMissingNode(),
                clients.toString());
    }

    @Test
    @Order(3)
    void eachSendsWithItsOwnTokenAndCertificateAndReceivesOnlyInItsOwnInbox() {
        try (WebhookSubscriber hooks = WebhookSubscriber.start()) {
            sendAndReceive(hooks);
        }
    }

    private void sendAndReceive(WebhookSubscriber hooks) {
        // B's NextMove user subscribes to every status event: it hears only of B's messages
        HttpResponse<String> subscribed = nextMove(
                USER_B,
                "POST",
                "/api/subscriptions",
                "{\"name\":\"b\",\"pushEndpoint\":\"" + hooks.endpoint()
                        + "\",\"resource\":\"all\",\"event\":\"all\"}");
        assertEquals(200, subscribed.statusCode(), subscribed.body());
        long subscription = Corner1.readTree(subscribed.body()).path("id").asLong();
        assertEquals(
                404,
                nextMove(USER_A, "GET", "/api/subscriptions/" + subscription, null)
                        .statusCode());
        assertEquals(
                404,
                nextMove(USER_A, "DELETE", "/api/subscriptions/" + subscription, null)
                        .statusCode());
        byte[] toB = random(50_000);
        byte[] toC = random(40_000);
        byte[] toA = random(30_000);
        String ab = send(USER_A, A, B, toB);
        String bc = send(USER_B, B, C, toC);
        String ca = send(USER_A, C, A, toA);

        // each arrives in its receiver's inbox, and only the receiver's users see it
        JsonNode atB = awaitIncoming(USER_B, ab);
        JsonNode atC = awaitIncoming(USER_A, bc);
        JsonNode atA = awaitIncoming(USER_A, ca);
        assertEquals("0192:" + B, receiverOf(atB));
        assertEquals("0192:" + C, receiverOf(atC));
        assertEquals("0192:" + A, receiverOf(atA));
        assertFalse(incomingIds(USER_A).contains(ab), "A's user sees B's message");
        assertFalse(incomingIds(USER_B).contains(bc), "B's user sees C's message");
        assertFalse(incomingIds(USER_B).contains(ca), "B's user sees A's message");
        assertFalse(incomingIds("fagsystem").contains(ab), "the user of systemuser.org sees B's message");

        // the broker named each sender as its token did, and Kurer kept the file only because the SBD's sender and
        // the payload's signer agree with it (IncomingFileRules, AsicEVerifier): each used its own token and key
        for (String[] sent : new String[][] {{ab, A}, {bc, B}, {ca, C}}) {
            JsonNode outgoing =
                    adminJson("/admin/dpo/messages?messageId=" + sent[0]).path(0);
            String transfer = outgoing.path("fileTransferId").asText();
            JsonNode overview = new BrokerParty(http, sent[1]).overview(transfer);
            assertEquals("0192:" + sent[1], overview.path("sender").asText(), overview.toString());
        }

        assertArrayEquals(toB, popped(USER_B, ab, "file.bin"));
        assertArrayEquals(toA, popped(USER_A, ca, "file.bin"));
        assertArrayEquals(toC, popped(USER_A, bc, "file.bin"));

        await(
                "B's subscriber hears of the message to B",
                () -> hooks.events().stream()
                                .anyMatch(e -> ab.equals(e.path("messageId").asText()))
                        ? true
                        : null);
        Admin.sleep(3_000);
        List<String> heard = hooks.events().stream()
                .map(e -> e.path("messageId").asText())
                .distinct()
                .toList();
        assertTrue(List.of(ab, bc).containsAll(heard), "B's subscriber heard of others' messages: " + heard);
        assertEquals(
                200,
                nextMove(USER_B, "DELETE", "/api/subscriptions/" + subscription, null)
                        .statusCode());
    }

    @Test
    @Order(4)
    void aNextMoveUserOfOneOrganisationGets404Or403ForAnothersMessages() {
        String fromA = create(USER_A, A, B);
        assertEquals(
                404, nextMove(USER_B, "GET", "/api/messages/out/" + fromA, null).statusCode());
        assertEquals(
                404, nextMove(USER_B, "POST", "/api/messages/out/" + fromA, "").statusCode());
        assertEquals(
                404,
                nextMove(USER_B, "DELETE", "/api/messages/out/" + fromA, null).statusCode());
        assertEquals(
                0,
                json(nextMove(USER_B, "GET", "/api/messages/out?messageId=" + fromA, null))
                        .path("content")
                        .size());
        assertEquals(
                0,
                json(nextMove(USER_B, "GET", "/api/conversations?messageId=" + fromA, null))
                        .path("content")
                        .size());
        assertEquals(
                404,
                nextMove(USER_B, "GET", "/api/conversations/messageId/" + fromA, null)
                        .statusCode());
        HttpResponse<String> asA = nextMove(
                USER_B,
                "POST",
                "/api/messages/out",
                BrokerParty.sbd(
                        A, B, UUID.randomUUID().toString(), UUID.randomUUID().toString()));
        assertEquals(403, asA.statusCode(), asA.body());
        assertEquals(
                Kurer.PROBLEM_JSON, asA.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                200, nextMove(USER_A, "GET", "/api/messages/out/" + fromA, null).statusCode());
        assertEquals(
                200,
                nextMove(USER_A, "DELETE", "/api/messages/out/" + fromA, null).statusCode());
    }

    @Test
    @Order(5)
    void aBacklogOfThreeHundredForADoesNotHoldUpBsOneFile() {
        BrokerParty outside = new BrokerParty(http, OUTSIDE);
        int before = received(USER_A, OUTSIDE); // the IT database outlives a run
        // A is removed while its backlog arrives: Kurer does not poll it, and the files wait in the broker
        assertEquals(200, adminCall("DELETE", "/admin/organisations/" + A, null).statusCode());
        List<String> backlog = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String id = UUID.randomUUID().toString();
            backlog.add(id);
            outside.send(
                    A,
                    outside.dpoFile(
                            BrokerParty.sbd(OUTSIDE, A, id, UUID.randomUUID().toString()),
                            A,
                            Map.of("file.bin", random(2_000))));
        }
        Admin.sleep(5_000); // two poll rounds
        assertEquals(before, received(USER_A, OUTSIDE), "a removed organisation's inbox was polled");
        assertTrue(organisation(A).path("state").asText().equals("REMOVED"));

        // A again: its backlog is taken; B's one file, sent just after, comes in long before the backlog is through
        HttpResponse<String> again = adminCall(
                "POST",
                "/admin/organisations",
                "{\"orgno\":\"" + A + "\",\"nextmoveUsers\":[\"" + USER_A + "\"],\"onboard\":false}");
        assertTrue(again.statusCode() == 200 || again.statusCode() == 201, again.body());
        await("A's backlog being taken", () -> received(USER_A, OUTSIDE) > before ? true : null);
        String single = UUID.randomUUID().toString();
        outside.send(
                B,
                outside.dpoFile(
                        BrokerParty.sbd(OUTSIDE, B, single, UUID.randomUUID().toString()),
                        B,
                        Map.of("file.bin", random(2_000))));
        Instant sent = Instant.now();
        await("B's single file", () -> incomingIds(USER_B).contains(single) ? true : null);
        long waited = Duration.between(sent, Instant.now()).toMillis();
        int backlogTaken = received(USER_A, OUTSIDE) - before;
        System.out.printf(
                "ManyOrganisationsIT: B's file came in %d ms after it was sent, with %d of A's 300 taken%n",
                waited, backlogTaken);
        assertTrue(
                backlogTaken < 300,
                "B's file came only after all of A's backlog (" + backlogTaken + " taken, " + waited + " ms)");
        // every file of the backlog is taken in the end (with the MOTTATT status back for each, under the same round)
        await(
                "all of A's backlog",
                () -> received(USER_A, OUTSIDE) == before + 300 ? true : null,
                Duration.ofMinutes(4));
    }

    @Test
    @Order(6)
    void withdrawingTheClientDelegationShowsTheClientAsNoLongerAuthorisedAndStopsItsPolling() {
        delegate(C, false);
        JsonNode c = await("C no longer authorised", () -> {
            JsonNode now = organisation(C);
            return now.path("authorised").asBoolean(true) ? null : now;
        });
        assertFalse(c.path("polled").asBoolean(), c.toString());
        assertTrue(c.path("authorisationNote").asText().length() > 10, c.toString());
        Admin.sleep(5_000);
        assertTrue(
                organisation(C).path("searchFailure").isNull(), organisation(C).toString());
        // what C received stays readable
        assertTrue(json(nextMove(USER_A, "GET", "/api/conversations?receiverIdentifier=" + C, null))
                        .path("content")
                        .size()
                > 0);
    }

    @Test
    @Order(7)
    void aRemovedOrganisationsMessagesStayReadableUntilTheAdministratorDeletesThem() {
        String conversations = "/api/conversations?receiverIdentifier=" + C;
        assertEquals(
                409,
                adminCall("DELETE", "/admin/organisations/" + C + "/messages", null)
                        .statusCode());
        assertEquals(
                404,
                adminCall("DELETE", "/admin/organisations/311000077/messages", null)
                        .statusCode());
        assertEquals(
                409,
                adminCall("DELETE", "/admin/organisations/999888771/messages", null)
                        .statusCode());

        assertEquals(200, adminCall("DELETE", "/admin/organisations/" + C, null).statusCode());
        int kept = json(nextMove(USER_A, "GET", conversations, null))
                .path("content")
                .size();
        assertTrue(kept > 0, "a removed organisation's conversations stay readable");

        HttpResponse<String> deleted = adminCall("DELETE", "/admin/organisations/" + C + "/messages", null);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertTrue(Corner1.readTree(deleted.body()).path("messages").asInt() > 0, deleted.body());
        assertTrue(Corner1.readTree(deleted.body()).path("conversations").asInt() >= kept, deleted.body());
        assertEquals(
                0,
                json(nextMove(USER_A, "GET", conversations, null))
                        .path("content")
                        .size());
        assertEquals(404, adminCall("GET", "/admin/organisations/" + C, null).statusCode());
    }

    // --- the calls --------------------------------------------------------------------------------------------

    private static String send(String user, String sender, String receiver, byte[] content) {
        String messageId = create(user, sender, receiver);
        HttpResponse<String> put = http.send(request(user, "/api/messages/out/" + messageId)
                .header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; name=\"Fil\"; filename=\"file.bin\"")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
                .build());
        assertEquals(200, put.statusCode(), put.body());
        HttpResponse<String> arkivmelding = http.send(request(user, "/api/messages/out/" + messageId)
                .header("Content-Type", "application/xml")
                .header("Content-Disposition", "attachment; name=\"Arkivmelding\"; filename=\"arkivmelding.xml\"")
                .PUT(HttpRequest.BodyPublishers.ofString("<arkivmelding/>"))
                .build());
        assertEquals(200, arkivmelding.statusCode(), arkivmelding.body());
        HttpResponse<String> sent = nextMove(user, "POST", "/api/messages/out/" + messageId, "");
        assertEquals(200, sent.statusCode(), sent.body());
        return messageId;
    }

    private static String create(String user, String sender, String receiver) {
        String messageId = UUID.randomUUID().toString();
        HttpResponse<String> created = nextMove(
                user,
                "POST",
                "/api/messages/out",
                BrokerParty.sbd(sender, receiver, messageId, UUID.randomUUID().toString()));
        assertEquals(200, created.statusCode(), created.body());
        return messageId;
    }

    private static JsonNode awaitIncoming(String user, String messageId) {
        return await("message " + messageId + " for " + user, () -> {
            JsonNode page = json(nextMove(user, "GET", "/api/messages/in?messageId=" + messageId, null));
            return page.path("content").size() == 1 ? page.path("content").path(0) : null;
        });
    }

    private static String receiverOf(JsonNode sbd) {
        return sbd.path("standardBusinessDocumentHeader")
                .path("receiver")
                .path(0)
                .path("identifier")
                .path("value")
                .asText();
    }

    private static List<String> incomingIds(String user) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode found = json(nextMove(user, "GET", "/api/messages/in?size=1000&page=" + page, null));
            found.path("content")
                    .forEach(sbd -> ids.add(sbd.path("standardBusinessDocumentHeader")
                            .path("documentIdentification")
                            .path("instanceIdentifier")
                            .asText()));
            if (found.path("last").asBoolean(true)) {
                return ids;
            }
        }
    }

    private static int received(String user, String from) {
        return json(nextMove(user, "GET", "/api/messages/in?size=1&senderIdentifier=0192:" + from, null))
                .path("totalElements")
                .asInt();
    }

    private static byte[] popped(String user, String messageId, String name) {
        HttpResponse<String> peeked = nextMove(user, "GET", "/api/messages/in/peek?messageId=" + messageId, null);
        assertEquals(200, peeked.statusCode(), peeked.body());
        try {
            HttpResponse<byte[]> asic = http.http()
                    .send(
                            request(user, "/api/messages/in/pop/" + messageId)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, asic.statusCode());
            return BrokerParty.unzip(asic.body()).get(name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void delegate(String client, boolean delegated) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                base.resolve("/sandbox/altinn/agents/" + agentSystemUserId + "/clients/" + client));
        HttpResponse<String> response =
                http.send((delegated ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.DELETE()).build());
        assertTrue(response.statusCode() / 100 == 2, response.body());
    }

    private static JsonNode organisation(String orgno) {
        for (JsonNode organisation : adminJson("/admin/organisations").path("organisations")) {
            if (orgno.equals(organisation.path("orgno").asText())) {
                return organisation;
            }
        }
        return fail("no organisation " + orgno + " in " + adminJson("/admin/organisations"));
    }

    private static JsonNode adminJson(String path) {
        HttpResponse<String> response = adminCall("GET", path, null);
        assertEquals(200, response.statusCode(), response.body());
        return Corner1.readTree(response.body());
    }

    private static HttpResponse<String> adminCall(String method, String path, String json) {
        return http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", Admin.basic(Admin.USER, Admin.PASSWORD))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static HttpResponse<String> nextMove(String user, String method, String path, String json) {
        return http.send(request(user, path)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Corner1.readTree(response.body());
    }

    private static <T> T await(String what, Supplier<T> check) {
        return await(what, check, WAIT);
    }

    private static <T> T await(String what, Supplier<T> check, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            T value = check.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                return fail(what + " did not happen within " + wait);
            }
            Admin.sleep(200);
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random().nextBytes(bytes);
        return bytes;
    }
}
