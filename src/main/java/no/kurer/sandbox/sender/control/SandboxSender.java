package no.kurer.sandbox.sender.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import no.kurer.sandbox.maskinporten.control.GrantFactory;
import no.kurer.sandbox.sender.control.SendResult.Step;

/**
 * A corner 1 that sends one digital post to Kurer as a real sender would, over HTTP only: an
 * enterprise certificate from the sandbox CA (kept per orgno), a token from the sandbox Maskinporten
 * ({@code resource} = Kurer's {@code dpi.audience}), then {@code POST /dpi/sendmelding/{meldingsid}}
 * with the signed forretningsmelding and {@code PUT} of the CMS-encrypted package, streamed.
 */
public class SandboxSender {

    public static final String SCOPE = "digitalpostinnbygger:send";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String baseUrl;
    private final String audience;
    private final X509Certificate mailboxCertificate;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, EnterpriseIdentity> identities = new ConcurrentHashMap<>();

    public SandboxSender(
            HttpClient http, String baseUrl, String audience, X509Certificate mailboxCertificate, Clock clock) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.audience = audience;
        this.mailboxCertificate = mailboxCertificate;
        this.clock = clock;
    }

    public SendResult send(String avsender, SendRequest request) {
        String signerOrgno = Optional.ofNullable(request.supplierOrgno()).orElse(avsender);
        var forretningsmelding = new ForretningsmeldingFactory(avsender, clock).sender(signerOrgno);
        if (request.receiverOrgno() != null) {
            forretningsmelding.receiver(request.receiverOrgno());
        }
        if (request.title() != null) {
            forretningsmelding.tittel(request.title());
        }
        List<Step> steps = new ArrayList<>();
        String payload = null;
        byte[] cms = null;
        try {
            EnterpriseIdentity signer = identity(signerOrgno, steps);
            String token = token(signer, request.supplierOrgno() == null ? null : avsender, steps)
                    .path("access_token")
                    .asText();
            String text = Optional.ofNullable(request.text()).orElse("Hei fra Kurers sandkasse.");
            cms = new DokumentpakkeFactory(avsender, clock)
                    .document("melding.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8), "Melding")
                    .cms(signer, mailboxCertificate);
            payload = forretningsmelding
                    .maskinportentoken(token)
                    .dokumentpakke(cms)
                    .json();
            String jwt = signer.signJws(payload);
            URI message = URI.create(baseUrl + "/dpi/sendmelding/" + forretningsmelding.meldingsid());
            Step posted = call(
                    steps,
                    "POST " + message,
                    HttpRequest.newBuilder(message)
                            .header("Content-Type", "application/jwt")
                            .header("Authorization", "Bearer " + token)
                            .POST(BodyPublishers.ofString(jwt)));
            if (posted.succeeded()) {
                byte[] pakke = cms;
                call(
                        steps,
                        "PUT " + message,
                        HttpRequest.newBuilder(message)
                                .header("Content-Type", "application/cms")
                                .header("Authorization", "Bearer " + token)
                                .PUT(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(pakke))));
            }
        } catch (StepFailed e) {
            // the failed step is in steps already
        }
        boolean accepted = steps.size() == 4 && steps.stream().allMatch(Step::succeeded);
        return new SendResult(
                forretningsmelding.meldingsid(),
                forretningsmelding.conversationId(),
                steps,
                accepted,
                payload == null ? null : parse(payload),
                cms);
    }

    /**
     * A token for reading {@code avsender}'s receipts (or sending by hand): the sandbox Maskinporten's answer to a
     * grant signed with the sender's enterprise certificate, or with {@code supplierOrgno}'s for its data processor.
     */
    public TokenResult token(String avsender, String supplierOrgno) {
        List<Step> steps = new ArrayList<>();
        try {
            EnterpriseIdentity signer =
                    identity(Optional.ofNullable(supplierOrgno).orElse(avsender), steps);
            return new TokenResult(token(signer, supplierOrgno == null ? null : avsender, steps), steps);
        } catch (StepFailed e) {
            return new TokenResult(null, steps);
        }
    }

    /** The token answer ({@code access_token}, …), or null with the calls made when a call failed. */
    public record TokenResult(JsonNode token, List<Step> steps) {}

    private EnterpriseIdentity identity(String orgno, List<Step> steps) {
        EnterpriseIdentity known = identities.get(orgno);
        if (known != null) {
            steps.add(new Step("reuse enterprise certificate for " + orgno, 200, Map.of("orgno", orgno)));
            return known;
        }
        URI ca = URI.create(baseUrl + "/sandbox/ca/enterprise-certificates");
        String body = json.createObjectNode()
                .put("orgno", orgno)
                .put("name", "Sandbox " + orgno)
                .toString();
        JsonNode issued = callForJson(
                steps,
                "POST " + ca,
                HttpRequest.newBuilder(ca)
                        .header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString(body)),
                true);
        EnterpriseIdentity identity = IdentityJson.read(orgno, issued);
        identities.put(orgno, identity);
        return identity;
    }

    private JsonNode token(EnterpriseIdentity signer, String consumerOrg, List<Step> steps) {
        String issuer = baseUrl + "/sandbox/maskinporten/";
        GrantFactory grant =
                new GrantFactory(signer, issuer, clock).scope(SCOPE).resource(audience);
        if (consumerOrg != null) {
            grant.consumerOrg(consumerOrg);
        }
        String form =
                "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                        + "&assertion=" + grant.sign();
        URI token = URI.create(issuer + "token");
        return callForJson(
                steps,
                "POST " + token,
                HttpRequest.newBuilder(token)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString(form)),
                false);
    }

    private JsonNode callForJson(List<Step> steps, String call, HttpRequest.Builder request, boolean hideBody) {
        HttpResponse<String> response = exchange(steps, call, request);
        JsonNode body = parse(response.body());
        boolean ok = response.statusCode() / 100 == 2;
        steps.add(new Step(call, response.statusCode(), hideBody && ok ? "(certificate and private key)" : body));
        if (!ok) {
            throw new StepFailed();
        }
        return body;
    }

    private Step call(List<Step> steps, String call, HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(steps, call, request);
        Step step = new Step(call, response.statusCode(), parse(response.body()));
        steps.add(step);
        return step;
    }

    private HttpResponse<String> exchange(List<Step> steps, String call, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), BodyHandlers.ofString());
        } catch (IOException e) {
            steps.add(new Step(call, 0, "no answer: " + e));
            throw new StepFailed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            steps.add(new Step(call, 0, "interrupted"));
            throw new StepFailed();
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return json.nullNode();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.getNodeFactory().textNode(body);
        }
    }

    private static class StepFailed extends RuntimeException {
        StepFailed() {
            super(null, null, false, false);
        }
    }
}
