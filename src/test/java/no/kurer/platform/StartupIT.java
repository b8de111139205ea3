package no.kurer.platform;

import static no.kurer.testsupport.Kurer.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.kurer.sandbox.maskinporten.control.GrantFactory;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Kurer;
import no.kurer.testsupport.KurerProperties;
import no.kurer.testsupport.Letter;
import no.kurer.testsupport.PayaraMicro;
import org.junit.jupiter.api.Test;

/**
 * Kurer started with every timer at its shortest interval (one second), used the moment Payara says it is deployed:
 * no timer works before the application is ready, so the first letter is taken, readiness is UP and the log shows no
 * failure. Then {@code dpi.require-audience} is switched on while Kurer runs, through Payara's directory config
 * source, and the token Digdir's client uses (no {@code aud}) is refused from then on.
 */
class StartupIT {

    static final int PORT = Integer.getInteger("kurer.it.port", 18080) + 20;
    static final String AVSENDER = "991825827";
    /** What a timer that ran too early, or a component that could not start, leaves in the log. */
    static final List<String> FAILURES = List.of(
            "ExceptionInInitializerError",
            "NoClassDefFoundError",
            "no readable file there",
            "round failed",
            "run failed",
            "zip file closed");

    final Path dir = Path.of(System.getProperty("kurer.it.dir", "target/it"), "startup-" + System.nanoTime())
            .toAbsolutePath();

    @Test
    void timersAtTheirShortestIntervalDoNoHarmToTheFirstLetter() throws Exception {
        Map<String, String> properties = KurerProperties.sandbox(
                dir,
                PORT,
                "jdbc:h2:file:" + dir.resolve("db/kurer") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "http://localhost:" + PORT + "/sandbox/c3");
        properties.put("broker.poll.interval", "1");
        properties.put("systemuser.poll.interval", "1");
        properties.put("dpi.forward.interval-seconds", "1");
        properties.put("dpi.retention.interval", "1");
        Path secrets = Files.createDirectories(dir.resolve("secrets"));
        Path log = dir.resolve("kurer.log");

        try (PayaraMicro kurer =
                PayaraMicro.start(PORT, properties, List.of("--secretsdir", secrets.toString()), log)) {
            Corner1 c1 = new Corner1(kurer.base());
            String token = c1.token(
                    new GrantFactory(c1.identity(AVSENDER), c1.issuer(), Clock.systemUTC()).scope(Corner1.SCOPE));
            Letter letter = Letter.of(c1, AVSENDER, token);
            HttpResponse<String> sent =
                    Kurer.send(c1, "/dpi/messages/out", letter.forretningsmelding(), letter.dokumentpakke(), token);
            assertEquals(201, sent.statusCode(), sent.body());

            HttpResponse<String> ready =
                    c1.send(HttpRequest.newBuilder(kurer.base().resolve("/health/ready"))
                            .build());
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("kurer-startup") && ready.body().contains("kurer-keys"), ready.body());
            awaitStatus(c1, letter, token, "SENDT");
            String written = Files.readString(log);
            for (String failure : FAILURES) {
                assertFalse(written.contains(failure), failure + " in " + log);
            }

            Files.writeString(secrets.resolve("dpi.require-audience"), "true");
            awaitRefused(c1, token);
            String strict = c1.token(AVSENDER);
            Letter audienced = Letter.of(c1, AVSENDER, strict);
            HttpResponse<String> taken = Kurer.send(
                    c1, "/dpi/messages/out", audienced.forretningsmelding(), audienced.dokumentpakke(), strict);
            assertEquals(201, taken.statusCode(), "a token with this C2's aud is still taken: " + taken.body());
        }
    }

    private static void awaitStatus(Corner1 c1, Letter letter, String token, String status)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            body = get(c1, "/dpi/messages/out/" + letter.meldingsid() + "/statuses", token)
                    .body();
            for (JsonNode s : Corner1.readTree(body)) {
                if (status.equals(s.path("status").asText())) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        fail("the letter did not reach " + status + " within a minute: " + body);
    }

    /** Payara reads the directory config source again and caches values for up to a minute (its default). */
    private static void awaitRefused(Corner1 c1, String tokenWithoutAudience) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        HttpResponse<String> polled = null;
        while (Instant.now().isBefore(deadline)) {
            polled = get(c1, "/dpi/messages/in?page_size=10", tokenWithoutAudience);
            if (polled.statusCode() == 401) {
                assertProblem(polled, 401, "invalid-token");
                assertTrue(polled.body().contains("no audience"), polled.body());
                return;
            }
            Thread.sleep(1000);
        }
        fail("dpi.require-audience=true was not in force after three minutes: " + polled.statusCode() + " "
                + polled.body());
    }

    private static HttpResponse<String> get(Corner1 c1, String path, String token) {
        return c1.send(HttpRequest.newBuilder(c1.base().resolve(path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }
}
