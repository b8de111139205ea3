package no.kurer.sandbox.c3.control;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one signed receipt to Kurer: {@code POST {kurer}/dpi/c3/kvittering/{avsender_orgno}/{conversationid}/{meldingsid}},
 * {@code Content-Type: application/jwt}, {@code Authorization: Bearer} corner 3's token. When Kurer refuses
 * (any answer but 2xx, or none), it tries again after each pause in {@code backoff}, then gives up and logs.
 */
public class KvitteringDelivery {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(KvitteringDelivery.class.getName());

    private final HttpClient http;
    private final String kurerBaseUrl;
    private final Supplier<String> accessToken;
    private final ScheduledExecutorService scheduler;
    private final List<Duration> backoff;

    public KvitteringDelivery(
            HttpClient http,
            String kurerBaseUrl,
            Supplier<String> accessToken,
            ScheduledExecutorService scheduler,
            List<Duration> backoff) {
        this.http = http;
        this.kurerBaseUrl =
                kurerBaseUrl.endsWith("/") ? kurerBaseUrl.substring(0, kurerBaseUrl.length() - 1) : kurerBaseUrl;
        this.accessToken = accessToken;
        this.scheduler = scheduler;
        this.backoff = List.copyOf(backoff);
    }

    /** Kurer's last answer (0 when none came) and how many tries it took. */
    public record Outcome(int status, int attempts) {
        public boolean delivered() {
            return status / 100 == 2;
        }
    }

    /** Starts delivering at once, on the scheduler; the future completes after success or the last try. */
    public CompletableFuture<Outcome> deliver(
            String avsender, String conversationId, String receiptMeldingsid, String jws) {
        URI uri = URI.create(kurerBaseUrl + "/dpi/c3/kvittering/" + segment(avsender) + "/" + segment(conversationId)
                + "/" + segment(receiptMeldingsid));
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        scheduler.execute(() -> attempt(uri, jws, 1, outcome));
        return outcome;
    }

    private void attempt(URI uri, String jws, int attempt, CompletableFuture<Outcome> outcome) {
        int status = send(uri, jws);
        if (status / 100 == 2) {
            outcome.complete(new Outcome(status, attempt));
        } else if (attempt <= backoff.size()) {
            Duration pause = backoff.get(attempt - 1);
            LOG.info(() -> "Kurer answered " + status + " to the receipt POST " + uri + "; trying again in " + pause);
            scheduler.schedule(() -> attempt(uri, jws, attempt + 1, outcome), pause.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            LOG.warning(() -> "Giving up the receipt POST " + uri + " after " + attempt
                    + " tries; Kurer's last answer: " + status);
            outcome.complete(new Outcome(status, attempt));
        }
    }

    private int send(URI uri, String jws) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/jwt")
                    .header("Authorization", "Bearer " + accessToken.get())
                    .POST(BodyPublishers.ofString(jws, StandardCharsets.US_ASCII))
                    .build();
            return http.send(request, BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "no answer to the receipt POST " + uri, e);
            return 0;
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
