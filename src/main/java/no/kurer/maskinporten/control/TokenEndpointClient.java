package no.kurer.maskinporten.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import no.kurer.maskinporten.entity.ExpiringToken;
import no.kurer.platform.RetryAfter;

/**
 * {@code POST {token-endpoint}} with a JWT bearer grant (PROTOCOLS.md, Maskinporten).
 * <p>
 * Why java.net.http and not a MicroProfile Rest Client interface (STYLE.md, 3): the endpoint URL is read from the
 * configuration at every renewal, so it can change without a redeploy; the error answer is an OAuth JSON body on a 400
 * that must be read, not turned into a generic {@code WebApplicationException}; and unit tests build this class with
 * {@code new} and run it against a JDK {@code HttpServer}, with no Rest Client implementation on the test class path.
 * Timeouts are configuration keys ({@code maskinporten.connect-timeout-ms}, {@code maskinporten.read-timeout-ms}).
 * A 429 is honoured: no request before its {@code Retry-After} ({@link RetryAfter}, at most ten minutes), each call
 * in between refused at once with {@link MaskinportenUnreachable} saying until when.
 */
public class TokenEndpointClient {

    public static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final long DEFAULT_EXPIRES_IN = 120;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final Duration readTimeout;
    private final Clock clock;
    private final RetryAfter tooMany;

    public TokenEndpointClient(Duration connectTimeout, Duration readTimeout, Clock clock) {
        // HTTP/1.1 as Kurer's other clients: over plain http (the sandbox) the h2c upgrade of a POST drew GOAWAY
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.readTimeout = readTimeout;
        this.clock = clock;
        this.tooMany = new RetryAfter(clock);
    }

    /**
     * @throws MaskinportenRefused for an OAuth error answer
     * @throws MaskinportenUnreachable when there is no answer, or any other answer (type {@code maskinporten-failed})
     */
    public ExpiringToken token(URI endpoint, String grant) {
        tooMany.waitingUntil().ifPresent(until -> {
            throw new MaskinportenUnreachable(
                    endpoint.toString(), "it answered 429 Too Many Requests; Kurer asks again" + " after " + until);
        });
        String form = "grant_type=" + URLEncoder.encode(JWT_BEARER, StandardCharsets.UTF_8) + "&assertion="
                + URLEncoder.encode(grant, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(readTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        Instant sent = clock.instant();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new MaskinportenUnreachable(endpoint.toString(), "no connection within the connect timeout");
        } catch (HttpTimeoutException e) {
            throw new MaskinportenUnreachable(
                    endpoint.toString(), "no answer within " + readTimeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new MaskinportenUnreachable(endpoint.toString(), reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MaskinportenUnreachable(endpoint.toString(), "interrupted while waiting");
        }
        if (response.statusCode() == 429) {
            Duration wait =
                    tooMany.tooMany(response.headers().firstValue("Retry-After").orElse(null));
            throw new MaskinportenUnreachable(
                    endpoint.toString(),
                    "it answered 429 Too Many Requests; Kurer asks again" + " in " + wait.toSeconds() + " s");
        }
        return answer(endpoint.toString(), response, sent);
    }

    private static ExpiringToken answer(String endpoint, HttpResponse<String> response, Instant sent) {
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status / 100 == 2) {
            String token = body == null ? "" : body.path("access_token").asText("");
            if (token.isBlank()) {
                throw MaskinportenUnreachable.failed(endpoint, "answered " + status + " without an access_token");
            }
            long expiresIn = body.path("expires_in").asLong(DEFAULT_EXPIRES_IN);
            // Lifetime from our own clock at sending: safe even when Maskinporten's clock differs from ours.
            return new ExpiringToken(token, sent, sent.plusSeconds(expiresIn > 0 ? expiresIn : DEFAULT_EXPIRES_IN));
        }
        if (status / 100 == 4 && body != null && body.hasNonNull("error")) {
            String description = body.path("error_description").asText(null);
            throw new MaskinportenRefused(body.path("error").asText(), description);
        }
        throw MaskinportenUnreachable.failed(
                endpoint, "answered HTTP " + status + (status >= 500 ? " (server error)" : ""));
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        if (e instanceof ConnectException) {
            return "connection refused" + (message == null ? "" : " (" + message + ")");
        }
        return message == null || message.isBlank() ? "connection failed" : message;
    }
}
