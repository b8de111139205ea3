package no.kurer.sandbox.c3.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import no.kurer.sandbox.c3.entity.ForwardedMelding;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;

/**
 * Reads a forwarded forretningsmelding: a compact JWS (RS256/384/512) whose signature verifies with the
 * leaf certificate of its own {@code x5c} header, and whose SBDH {@code instanceIdentifier} is the
 * meldingsid of the call. Corner 2 has checked the sender's certificate chain; corner 3 only needs to
 * know the message is the one the sender signed.
 */
public class MeldingVerifier {

    static final Set<String> ALGORITHMS = Set.of("RS256", "RS384", "RS512");
    private static final ObjectMapper JSON = new ObjectMapper();

    public ForwardedMelding verify(String meldingsid, String compactJws) {
        JsonNode document = JSON.createObjectNode();
        try {
            if (!(JsonWebStructure.fromCompactSerialization(compactJws == null ? "" : compactJws.trim())
                    instanceof JsonWebSignature jws)) {
                throw new InvalidMelding("The forretningsmelding must be a JWS, not an encrypted JWT.");
            }
            if (!ALGORITHMS.contains(jws.getAlgorithmHeaderValue())) {
                throw new InvalidMelding("The forretningsmelding must be signed with RS256, RS384 or RS512.");
            }
            List<X509Certificate> chain = jws.getCertificateChainHeaderValue();
            if (chain == null || chain.isEmpty()) {
                throw new InvalidMelding("The forretningsmelding has no x5c header.");
            }
            jws.setKey(chain.get(0).getPublicKey());
            if (!jws.verifySignature()) {
                throw new InvalidMelding(
                        "The forretningsmelding's signature does not verify with its x5c certificate.");
            }
            document = JSON.readTree(jws.getPayload()).path("standardBusinessDocument");
        } catch (JoseException | IOException e) {
            throw new InvalidMelding("The forretningsmelding cannot be read: " + e.getMessage());
        }
        return fields(meldingsid, document);
    }

    private static ForwardedMelding fields(String meldingsid, JsonNode document) {
        JsonNode header = document.path("standardBusinessDocumentHeader");
        String instanceIdentifier = text(header.at("/documentIdentification/instanceIdentifier"), "instanceIdentifier");
        if (!instanceIdentifier.equals(meldingsid)) {
            throw new InvalidMelding(
                    "The meldingsid " + meldingsid + " is not the SBDH instanceIdentifier " + instanceIdentifier + ".");
        }
        String type = text(header.at("/documentIdentification/type"), "documentIdentification.type");
        JsonNode scope = header.at("/businessScope/scope/0");
        JsonNode body = document.path(type);
        String avsender = text(body.at("/avsender/virksomhetsidentifikator/value"), type + ".avsender");
        JsonNode identifikator = body.at("/avsender/avsenderidentifikator");
        return new ForwardedMelding(
                meldingsid,
                text(scope.path("instanceIdentifier"), "ConversationId"),
                text(scope.path("identifier"), "businessScope identifier"),
                type,
                avsender.substring(avsender.indexOf(':') + 1),
                identifikator.isTextual() ? identifikator.asText() : null,
                text(body.at("/dokumentpakkefingeravtrykk/digestValue"), "dokumentpakkefingeravtrykk"));
    }

    private static String text(JsonNode node, String name) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new InvalidMelding("The forretningsmelding has no " + name + ".");
        }
        return node.asText();
    }
}
