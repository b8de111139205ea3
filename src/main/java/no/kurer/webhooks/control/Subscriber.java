package no.kurer.webhooks.control;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * POSTs one JSON body to a subscriber's {@code pushEndpoint}, {@code application/json} and no authentication, as
 * Digdir's integration point does, with a timeout for connecting and one for the answer. Any 2xx is taken.
 */
public class Subscriber {

    private static final int MAX_BODY_SHOWN = 200;

    private final HttpClient client;
    private final Duration timeout;

    public Subscriber(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** @return null when the subscriber took it, else why not, in one line */
    public String post(String endpoint, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return null;
            }
            return "the subscriber answered HTTP " + response.statusCode() + shown(response.body());
        } catch (HttpConnectTimeoutException e) {
            return "no connection within " + timeout.toMillis() + " ms";
        } catch (HttpTimeoutException e) {
            return "no answer within " + timeout.toMillis() + " ms";
        } catch (ConnectException e) {
            return "the connection to the subscriber was refused";
        } catch (IOException e) {
            return "the subscriber could not be reached" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String shown(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return ": " + (oneLine.length() > MAX_BODY_SHOWN ? oneLine.substring(0, MAX_BODY_SHOWN) + "…" : oneLine);
    }
}
