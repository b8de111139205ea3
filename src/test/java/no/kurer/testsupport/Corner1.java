package no.kurer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import no.kurer.sandbox.maskinporten.control.GrantFactory;
import no.kurer.sandbox.sender.control.IdentityJson;

/**
 * A sender (corner 1) as the tests play it: certificates from the sandbox CA and tokens from the sandbox Maskinporten,
 * both fetched over HTTP from the Kurer under test, as a real sender would from Buypass/Commfides and Maskinporten.
 */
public final class Corner1 {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String SCOPE = "digitalpostinnbygger:send";

    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, EnterpriseIdentity> identities = new ConcurrentHashMap<>();

    public Corner1(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    public HttpClient http() {
        return http;
    }

    public String issuer() {
        return base.resolve("/sandbox/maskinporten/").toString();
    }

    public String audience() {
        return base.resolve("/dpi").toString();
    }

    /** An enterprise certificate and key for the organisation, issued by the sandbox CA (cached per orgno). */
    public EnterpriseIdentity identity(String orgno) {
        return identities.computeIfAbsent(orgno, o -> {
            JsonNode json = postJson("/sandbox/ca/enterprise-certificates", Map.of("orgno", o, "name", "Org " + o));
            return IdentityJson.read(o, json);
        });
    }

    /** A token for the organisation itself (no data processor), for this C2. */
    public String token(String orgno) {
        return token(new GrantFactory(identity(orgno), issuer(), Clock.systemUTC())
                .scope(SCOPE)
                .resource(audience()));
    }

    /** A token for a data processor ({@code supplierOrgno}) sending for {@code consumerOrgno}. */
    public String tokenFor(String consumerOrgno, String supplierOrgno) {
        return token(new GrantFactory(identity(supplierOrgno), issuer(), Clock.systemUTC())
                .scope(SCOPE)
                .resource(audience())
                .consumerOrg(consumerOrgno));
    }

    /** Exchanges a grant at the sandbox Maskinporten's token endpoint. */
    public String token(GrantFactory grant) {
        String form =
                "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                        + "&assertion=" + URLEncoder.encode(grant.sign(), StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/sandbox/maskinporten/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        return readTree(response.body()).path("access_token").asText();
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode postJson(String path, Object body) {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Polls {@code GET /dpi/kvittering/{conversationid}} as {@code avsender} until at least {@code count} receipts are
     * there; any answer but 200 fails at once.
     */
    public JsonNode awaitReceipts(String avsender, String conversationId, int count, Duration within)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + within.toMillis();
        JsonNode receipts = null;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(base().resolve("/dpi/kvittering/" + conversationId))
                            .header("Authorization", "Bearer " + token(avsender))
                            .build());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET /dpi/kvittering/" + conversationId + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            receipts = readTree(response.body());
            if (receipts.size() >= count) {
                return receipts;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no " + count + " receipts within " + within.toSeconds() + " s: " + receipts);
    }

    public static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
