package no.kurer.sandbox.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceRecordFactoryTest {

    private static final String PROCESS = "urn:no:difi:profile:arkivmelding:administrasjon:ver1.0";
    private final ServiceRecordFactory factory = new ServiceRecordFactory(
            orgno -> "910077473".equals(orgno) ? Optional.of("PEM") : Optional.empty(), "eformidling-dpo");

    @Test
    void aSandboxOrganisationHasADpoRecordWithItsCertificateForEveryArkivmeldingProcess() {
        Map<String, Object> answer = factory.identifier("910077473", PROCESS).orElseThrow();
        Map<?, ?> record = (Map<?, ?>) ((List<?>) answer.get("serviceRecords")).get(0);
        assertEquals("PEM", record.get("pemCertificate"));
        assertEquals(PROCESS, record.get("process"));
        assertEquals(List.of(ServiceRecordFactory.ARKIVMELDING), record.get("documentTypes"));
        assertEquals("DPO", ((Map<?, ?>) record.get("service")).get("identifier"));
        assertEquals("eformidling-dpo", ((Map<?, ?>) record.get("service")).get("resource"));
        Map<?, ?> response =
                (Map<?, ?>) ((List<?>) factory.identifier("910077473", ServiceRecordFactory.RESPONSE_PROCESS)
                                .orElseThrow()
                                .get("serviceRecords"))
                        .get(0);
        assertEquals(List.of(ServiceRecordFactory.KVITTERING), response.get("documentTypes"));
    }

    @Test
    void theDpvReceiverHasNoDpoRecordAndOthersAreUnknown() {
        Map<?, ?> record = (Map<?, ?>) ((List<?>) factory.identifier(ServiceRecordFactory.NO_DPO_ORGNO, PROCESS)
                        .orElseThrow()
                        .get("serviceRecords"))
                .get(0);
        assertEquals("DPV", ((Map<?, ?>) record.get("service")).get("identifier"));
        assertTrue(factory.identifier("974760673", PROCESS).isEmpty());
        assertTrue(((List<?>) factory.identifier("910077473", "urn:no:difi:profile:other:ver1.0")
                        .orElseThrow()
                        .get("serviceRecords"))
                .isEmpty());
    }

    @Test
    void answersVerifyAgainstThePublishedKeyUnlessTampered(@TempDir Path dir) throws Exception {
        var identity = new SandboxCertificateAuthority(dir).issue(ServiceRecordFactory.DIGDIR_ORGNO, "Digdir");
        RegistrySigner signer = RegistrySigner.of(identity.certificate(), identity.privateKey());

        assertTrue(verifies(signer.sign("{\"a\":1}", false), signer.publicJwks()));
        assertFalse(verifies(signer.sign("{\"a\":1}", true), signer.publicJwks()));
    }

    private static boolean verifies(String compact, String jwks) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(compact);
        jws.setKey(new JsonWebKeySet(jwks)
                .findJsonWebKey(jws.getKeyIdHeaderValue(), "RSA", "sig", "RS256")
                .getKey());
        assertEquals(1, jws.getCertificateChainHeaderValue().size());
        return jws.verifySignature();
    }
}
