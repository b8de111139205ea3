package no.kurer.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * The administrator (admin API over HTTP Basic, as {@code server-config/payara/admin-user.asadmin} defines the user),
 * the customer's manager (the sandbox Altinn confirm page), and the sandbox Altinn's test controls.
 */
public final class Admin {

    public static final String USER = "admin";
    public static final String PASSWORD = "kurer-admin";

    private final Corner1 http;

    public Admin(URI base) {
        this.http = new Corner1(base);
    }

    public URI base() {
        return http.base();
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base().resolve(path)).header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build());
    }

    public HttpResponse<String> post(String path, String json, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build());
    }

    /** A {@code POST} as any page could make it: its own content type and, if not null, an {@code Origin}. */
    public HttpResponse<String> post(
            String path, String contentType, String origin, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path))
                .header("Content-Type", contentType)
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build());
    }

    /** {@code POST /admin/systemusers}: the onboarding as the API answers it (201). */
    public JsonNode start(String orgno, String name) {
        HttpResponse<String> response = post(
                "/admin/systemusers", "{\"orgno\":\"" + orgno + "\",\"name\":\"" + name + "\"}", basic(USER, PASSWORD));
        assertEquals(201, response.statusCode(), response.body());
        return Corner1.readTree(response.body());
    }

    public JsonNode registration(long id) {
        HttpResponse<String> response = get("/admin/systemusers/" + id, basic(USER, PASSWORD));
        assertEquals(200, response.statusCode(), response.body());
        return Corner1.readTree(response.body());
    }

    public JsonNode list() {
        HttpResponse<String> response = get("/admin/systemusers", basic(USER, PASSWORD));
        assertEquals(200, response.statusCode(), response.body());
        return Corner1.readTree(response.body());
    }

    public JsonNode retry(long id) {
        HttpResponse<String> response = post("/admin/systemusers/" + id + "/retry", "", basic(USER, PASSWORD));
        assertEquals(200, response.statusCode(), response.body());
        return Corner1.readTree(response.body());
    }

    /** Waits (polling the admin API) until the onboarding has the status. */
    public JsonNode awaitStatus(long id, String status, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode registration = registration(id);
        while (!status.equals(registration.path("status").asText())) {
            if (Instant.now().isAfter(deadline)) {
                fail("onboarding " + id + " did not become " + status + " within " + timeout + ": " + registration);
            }
            sleep(300);
            registration = registration(id);
        }
        return registration;
    }

    /** The customer's manager opens the confirm page and clicks a button: the form POST the page makes. */
    public HttpResponse<String> decide(String confirmUrl, String decision) {
        HttpResponse<String> page =
                http.send(HttpRequest.newBuilder(URI.create(confirmUrl)).build());
        assertEquals(200, page.statusCode(), page.body());
        if (!page.body().contains("value=\"" + decision + "\"")) {
            fail("the confirm page has no " + decision + " button: " + page.body());
        }
        return http.send(HttpRequest.newBuilder(URI.create(confirmUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "decision=" + URLEncoder.encode(decision, StandardCharsets.UTF_8)))
                .build());
    }

    /** The form POST alone, as a page opened before the request changed would send it. */
    public HttpResponse<String> decideWithoutPage(String confirmUrl, String decision) {
        return http.send(HttpRequest.newBuilder(URI.create(confirmUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("decision=" + decision))
                .build());
    }

    /** The sandbox Altinn answers the next {@code count} calls with {@code status}. */
    public void altinnFails(int count, int status) {
        http.postJson("/sandbox/altinn/faults", Map.of("failNext", count, "status", status));
    }

    public void altinnRecovers() {
        http.send(HttpRequest.newBuilder(base().resolve("/sandbox/altinn/faults"))
                .DELETE()
                .build());
    }

    public void timeOut(String requestId) {
        http.postJson("/sandbox/altinn/requests/" + requestId + "/timeout", Map.of());
    }

    public Corner1 client() {
        return http;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
