package no.kurer.dpi.forwarding.control;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.forwarding.entity.Route;

/**
 * The seed's REST transport: corner 3 offers the C1–C2 interface, so Kurer calls it as a sender calls Kurer:
 * {@code POST {route}/sendmelding/{meldingsid}} with the signed forretningsmelding exactly as received
 * ({@code application/jwt}), then {@code PUT} of the same path with the dokumentpakke streamed from the file store, both
 * with Kurer's own Maskinporten token. Any 2xx is acceptance; 409 means corner 3 already has that part (an earlier
 * attempt got through but its answer was lost), so the message counts as accepted once the PUT is.
 * <p>
 * The JDK client rather than a MicroProfile Rest Client: the base URL differs per route and the body is a file to stream.
 */
public class RestTransport implements Transport {

    private final HttpClient http;
    private final Function<Route, String> tokens;
    private final Duration timeout;

    /**
     * @param tokens Kurer's bearer token for the route
     * @param timeout for each call, until corner 3's answer has arrived (the PUT's includes the upload)
     */
    public RestTransport(HttpClient http, Function<Route, String> tokens, Duration timeout) {
        this.http = http;
        this.tokens = tokens;
        this.timeout = timeout;
    }

    @Override
    public void forward(Melding melding, Route route, Path pakke) {
        String token = token(route);
        URI uri = URI.create(route.baseUrl() + "/sendmelding/"
                + URLEncoder.encode(melding.meldingsid(), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        call(
                "POST " + uri,
                request(uri, token)
                        .header("Content-Type", "application/jwt")
                        .POST(HttpRequest.BodyPublishers.ofString(melding.forretningsmelding(), StandardCharsets.UTF_8))
                        .build());
        call(
                "PUT " + uri,
                request(uri, token)
                        .header("Content-Type", melding.packageMediaType())
                        .PUT(file(pakke))
                        .build());
    }

    private String token(Route route) {
        try {
            return tokens.apply(route);
        } catch (ForwardingFailed failed) {
            throw failed;
        } catch (RuntimeException refused) {
            throw new NoAccessToken(
                    refused.getMessage() == null ? "Maskinporten refused" : refused.getMessage(), refused);
        }
    }

    private HttpRequest.Builder request(URI uri, String token) {
        return HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
    }

    private void call(String call, HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw Corner3Unreachable.rest(call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Corner3Unreachable.rest(call, e);
        }
        int status = response.statusCode();
        if ((status < 200 || status > 299) && status != 409) {
            throw Corner3Refused.rest(call, status, response.body());
        }
    }

    private static HttpRequest.BodyPublisher file(Path pakke) {
        try {
            return HttpRequest.BodyPublishers.ofFile(pakke);
        } catch (FileNotFoundException e) {
            throw new IllegalStateException("The stored dokumentpakke " + pakke + " is missing", e);
        }
    }
}
