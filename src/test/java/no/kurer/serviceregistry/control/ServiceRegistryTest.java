package no.kurer.serviceregistry.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import no.kurer.configuration.Settings;
import no.kurer.maskinporten.control.TestClock;
import no.kurer.serviceregistry.entity.ServiceRecord;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceRegistryTest {

    private static final String PROCESS = "urn:no:difi:profile:arkivmelding:administrasjon:ver1.0";
    private static final String ARKIVMELDING = "urn:no:difi:arkivmelding:xsd::arkivmelding";
    private static final String PATH =
            "/identifier/910077473/process/urn%3Ano%3Adifi%3Aprofile%3Aarkivmelding" + "%3Aadministrasjon%3Aver1.0";

    private WireMockServer registry;
    private RsaJsonWebKey key;
    private TestClock clock;
    private ServiceRegistry lookups;

    @BeforeEach
    void start() throws Exception {
        registry = new WireMockServer(wireMockConfig().dynamicPort());
        registry.start();
        key = rsaKey("registry-1");
        publish(key);
        clock = new TestClock(Instant.parse("2026-12-02T10:00:00Z"));
        var settings = new ServiceRegistrySettings(new Settings(name -> Optional.ofNullable(
                Map.of("serviceregistry.url", registry.baseUrl() + "/").get(name))));
        HttpClient http = HttpClient.newHttpClient();
        var client = new ServiceRegistryClient(
                http,
                new RegistryKeys(http, settings::jwkUrl, settings::timeout),
                () -> "token-with-eformidling-dpo",
                settings::timeout);
        lookups = new ServiceRegistry(settings, client, clock);
    }

    @AfterEach
    void stop() {
        registry.stop();
    }

    @Test
    void aSignedDpoRecordIsVerifiedAskedWithTheTokenAndKeptForFiveMinutes() throws Exception {
        answer(200, sign(key, records("DPO", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")));

        ServiceRecord dpo = lookups.dpo("910077473", PROCESS, ARKIVMELDING).orElseThrow();
        assertEquals("910077473", dpo.organisationNumber());
        assertTrue(dpo.pemCertificate().startsWith("-----BEGIN CERTIFICATE-----"));
        assertEquals("eformidling-dpo-meldingsutveksling", dpo.resource());
        registry.verify(getRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer token-with-eformidling-dpo"))
                .withHeader("Accept", equalTo("application/jose, application/json")));

        clock.advance(Duration.ofMinutes(4));
        lookups.dpo("910077473", PROCESS, ARKIVMELDING).orElseThrow();
        registry.verify(1, getRequestedFor(urlEqualTo(PATH)));

        clock.advance(Duration.ofMinutes(2));
        lookups.dpo("910077473", PROCESS, ARKIVMELDING).orElseThrow();
        registry.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aReceiverTheRegistryRoutesElsewhereHasNoDpoRecord() throws Exception {
        answer(200, sign(key, records("DPV", null)));

        assertTrue(lookups.dpo("910077473", PROCESS, ARKIVMELDING).isEmpty());
        assertEquals(
                "DPV",
                lookups.records("910077473", PROCESS)
                        .orElseThrow()
                        .records()
                        .get(0)
                        .service());
    }

    @Test
    void aTamperedSignatureIsRefusedAndNotKept() throws Exception {
        String[] parts = sign(key, records("DPO", "pem")).split("\\.");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(records("DPO", "someone else's pem").getBytes())
                + "." + parts[2];
        answer(200, forged);

        ServiceRegistryRefused refused =
                assertThrows(ServiceRegistryRefused.class, () -> lookups.dpo("910077473", PROCESS, ARKIVMELDING));
        assertEquals(502, refused.status());
        assertEquals("urn:kurer:problem:service-registry-untrusted", refused.type());

        answer(200, sign(key, records("DPO", "pem")));
        assertTrue(lookups.dpo("910077473", PROCESS, ARKIVMELDING).isPresent());
    }

    @Test
    void anAnswerSignedByAnotherKeyUnderTheSameKidIsRefused() throws Exception {
        answer(200, sign(rsaKey("registry-1"), records("DPO", "pem")));

        assertEquals(
                "urn:kurer:problem:service-registry-untrusted",
                assertThrows(ServiceRegistryRefused.class, () -> lookups.records("910077473", PROCESS))
                        .type());
    }

    @Test
    void aRotatedKeyIsFetchedOnce() throws Exception {
        answer(200, sign(key, records("DPO", "pem")));
        lookups.records("910077473", PROCESS);
        RsaJsonWebKey rotated = rsaKey("registry-2");
        publish(rotated);
        answer(200, sign(rotated, records("DPO", "pem")));
        clock.advance(Duration.ofMinutes(6));

        assertTrue(lookups.dpo("910077473", PROCESS, ARKIVMELDING).isPresent());
        registry.verify(2, getRequestedFor(urlEqualTo("/jwk")));
    }

    @Test
    void aRegistryThatIsDownIsUnreachableAndALaterLookupSucceeds() throws Exception {
        answer(503, "{\"error_code\":\"down\"}");
        ServiceRegistryUnreachable down =
                assertThrows(ServiceRegistryUnreachable.class, () -> lookups.records("910077473", PROCESS));
        assertEquals(503, down.status());

        answer(200, sign(key, records("DPO", "pem")));
        assertTrue(lookups.dpo("910077473", PROCESS, ARKIVMELDING).isPresent());
    }

    @Test
    void anUnknownOrganisationIsEmptyAndAskedAgainNextTime() {
        answer(404, "{\"error_code\":\"not_found\",\"error_description\":\"no entity\"}");
        assertTrue(lookups.records("910077473", PROCESS).isEmpty());
        assertTrue(lookups.records("910077473", PROCESS).isEmpty());
        registry.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aRefusalOfKurersOwnRequestIsNamed() {
        answer(401, "{\"error_code\":\"invalid_token\",\"error_description\":\"expired\"}");
        ServiceRegistryRefused refused =
                assertThrows(ServiceRegistryRefused.class, () -> lookups.records("910077473", PROCESS));
        assertEquals("urn:kurer:problem:service-registry-refused", refused.type());
        assertTrue(refused.detail().contains("401") && refused.detail().contains("invalid_token"), refused.detail());
    }

    private void answer(int status, String body) {
        registry.stubFor(get(urlEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", status == 200 ? "application/jose" : "application/json")
                        .withBody(body)));
    }

    private void publish(RsaJsonWebKey published) {
        registry.stubFor(get(urlEqualTo("/jwk"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(new JsonWebKeySet(published).toJson(OutputControlLevel.PUBLIC_ONLY))));
    }

    private static RsaJsonWebKey rsaKey(String kid) throws Exception {
        RsaJsonWebKey generated = RsaJwkGenerator.generateJwk(2048);
        generated.setKeyId(kid);
        return generated;
    }

    private static String sign(RsaJsonWebKey signer, String payload) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(signer.getKeyId());
        jws.setKey(signer.getPrivateKey());
        return jws.getCompactSerialization();
    }

    private static String records(String service, String pem) {
        String certificate = pem == null ? "null" : "\"" + pem.replace("\n", "\\n") + "\"";
        return """
                {"infoRecord":{"identifier":"910077473","organizationName":"Testkommune","entityType":{"name":"KOMM"}},
                 "serviceRecords":[{"organisationNumber":"910077473","pemCertificate":%s,"process":"%s",
                   "documentTypes":["%s"],"service":{"identifier":"%s","endpointUrl":null,"securityLevel":3,
                   "resource":"eformidling-dpo-meldingsutveksling"}}]}
                """.formatted(certificate, PROCESS, ARKIVMELDING, service);
    }
}
