package no.kurer.serviceregistry.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import no.kurer.serviceregistry.entity.ServiceRecord;
import no.kurer.serviceregistry.entity.ServiceRecords;

/**
 * One lookup, as Digdir's integration point makes it: {@code GET {url}/identifier/{orgno}/process/{process}} with
 * {@code Accept: application/jose} and a Maskinporten token, the signed answer verified by {@link RegistryKeys}.
 * 404 means the registry does not know the organisation; other failures are {@link ServiceRegistryUnreachable}
 * (no answer, 5xx) or {@link ServiceRegistryRefused} (4xx, a bad signature, an unreadable answer).
 */
public class ServiceRegistryClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final RegistryKeys keys;
    private final Supplier<String> token;
    private final Supplier<Duration> timeout;

    public ServiceRegistryClient(
            HttpClient http, RegistryKeys keys, Supplier<String> token, Supplier<Duration> timeout) {
        this.http = http;
        this.keys = keys;
        this.token = token;
        this.timeout = timeout;
    }

    public Optional<ServiceRecords> lookup(URI base, String orgno, String process) {
        return lookup(base, orgno, process, null);
    }

    /**
     * @param process       null for the records of every process ({@code GET /identifier/{orgno}})
     * @param securityLevel null, or the {@code securityLevel} the registry is to answer for
     */
    public Optional<ServiceRecords> lookup(URI base, String orgno, String process, Integer securityLevel) {
        URI uri = URI.create(base + "/identifier/" + segment(orgno)
                + (process == null ? "" : "/process/" + segment(process))
                + (securityLevel == null ? "" : "?securityLevel=" + securityLevel));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout.get())
                .header("Accept", "application/jose, application/json")
                .header("Authorization", "Bearer " + token.get())
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ServiceRegistryUnreachable("The service registry did not answer GET " + uri + ": " + e + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceRegistryUnreachable("Interrupted while asking the service registry " + uri + ".");
        }
        int status = response.statusCode();
        if (status == 404) {
            return Optional.empty();
        }
        if (status >= 500 || status == 429) {
            throw new ServiceRegistryUnreachable("The service registry answered GET " + uri + " with " + status + ".");
        }
        if (status != 200) {
            throw ServiceRegistryRefused.refused(status, errorDescription(response.body()));
        }
        return Optional.of(parse(keys.verified(response.body(), "The service registry's answer for " + orgno)));
    }

    static ServiceRecords parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode info = root.path("infoRecord");
            List<ServiceRecord> records = new ArrayList<>();
            for (JsonNode record : root.path("serviceRecords")) {
                List<String> documentTypes = new ArrayList<>();
                record.path("documentTypes").forEach(type -> documentTypes.add(type.asText()));
                JsonNode service = record.path("service");
                records.add(new ServiceRecord(
                        text(record, "organisationNumber"),
                        text(service, "identifier"),
                        text(record, "process"),
                        documentTypes,
                        text(record, "pemCertificate"),
                        text(service, "resource")));
            }
            return new ServiceRecords(text(info, "identifier"), text(info, "organizationName"), records);
        } catch (IOException e) {
            throw ServiceRegistryRefused.untrusted("The service registry's signed answer is not JSON.");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static String errorDescription(String body) {
        try {
            JsonNode error = JSON.readTree(body);
            return error.path("error_code").asText("?") + " "
                    + error.path("error_description").asText("");
        } catch (IOException | RuntimeException e) {
            return "an unreadable error";
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
