package no.kurer.dpi.control.forretningsmelding;

import static org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT;
import static org.jose4j.jws.AlgorithmIdentifiers.RSA_USING_SHA256;
import static org.jose4j.jws.AlgorithmIdentifiers.RSA_USING_SHA384;
import static org.jose4j.jws.AlgorithmIdentifiers.RSA_USING_SHA512;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import no.kurer.certificates.control.CertificateCheck;
import no.kurer.dpi.entity.Forretningsmelding;
import no.kurer.problems.Details;
import no.kurer.problems.Problem;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * Reads a forretningsmelding (seed 003): a compact JWS signed RS256/RS384/RS512 with the enterprise certificate in
 * {@code x5c}, whose payload is a {@code standardBusinessDocument} valid against Digdir's schema for its type.
 * Every way a message can be wrong ends in a {@link Problem}; nothing else escapes. Safe to share between threads.
 */
public class ForretningsmeldingReader {

    public static final int MAX_LENGTH = 256 * 1024;
    static final Set<String> ALGORITHMS = Set.of(RSA_USING_SHA256, RSA_USING_SHA384, RSA_USING_SHA512);

    private final ObjectMapper json = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final SchemaValidator schemas;
    private final CertificateCheck certificates;
    private final Clock clock;

    public ForretningsmeldingReader(SchemaValidator schemas, CertificateCheck certificates, Clock clock) {
        this.schemas = schemas;
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * @throws InvalidForretningsmelding not a compact JWS of at most 256 KiB, or its payload not a JSON object
     * @throws InvalidForretningsmelding another algorithm than RS256/RS384/RS512, or the signature does not verify
     * @throws UntrustedCertificate the {@code x5c} chain is not trusted (see {@link CertificateCheck})
     * @throws SchemaViolation the payload breaks the schema of its type, or its header disagrees with the body
     * @throws InvalidForretningsmelding the payload holds a message type DPI does not define
     */
    public Forretningsmelding read(String compactJws) {
        if (compactJws == null || compactJws.isBlank()) {
            throw InvalidForretningsmelding.malformed(
                    "The body is empty; expected a forretningsmelding as compact JWS.");
        }
        if (compactJws.length() > MAX_LENGTH) {
            throw InvalidForretningsmelding.malformed(
                    "The forretningsmelding is larger than " + MAX_LENGTH / 1024 + " KiB.");
        }
        var raw = compactJws.strip();
        var jws = parse(raw);
        var chain = chain(jws);
        verify(jws, chain.get(0));
        var signerOrgno = certificates.verify(chain, clock.instant());
        var payload = payload(jws);
        var type = StandardBusinessDocument.typeOf(payload);
        var violations = schemas.validate(type, payload);
        if (!violations.isEmpty()) {
            throw new SchemaViolation(type.wireName(), violations);
        }
        return StandardBusinessDocument.read(raw, payload, type, signerOrgno, chain.get(0));
    }

    /**
     * Three base64url parts joined by '.', the first not empty. A scan, not a regular expression: the body is several
     * KiB (the x5c chain and the embedded token) and this runs on every send.
     */
    static boolean isCompact(String s) {
        int dots = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (++dots > 2 || i == 0 && dots == 1) {
                    return false;
                }
            } else if (!((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '_'
                    || c == '-')) {
                return false;
            }
        }
        return dots == 2;
    }

    private static JsonWebSignature parse(String compactJws) {
        if (!isCompact(compactJws)) {
            throw InvalidForretningsmelding.malformed(
                    "The body is not a compact JWS (three base64url parts joined by '.').");
        }
        var jws = new JsonWebSignature();
        try {
            jws.setCompactSerialization(compactJws);
        } catch (JoseException e) {
            throw unreadable(e);
        }
        var alg = header(() -> jws.getAlgorithmHeaderValue());
        if (alg == null) {
            throw InvalidForretningsmelding.malformed("The JWS header has no alg.");
        }
        if (!ALGORITHMS.contains(alg)) {
            throw InvalidForretningsmelding.signature("The forretningsmelding is signed with alg '" + alg
                    + "'; only RS256, RS384 and RS512 are accepted.");
        }
        if (jws.getHeaders().getObjectHeaderValue("crit") != null
                || jws.getHeaders().getObjectHeaderValue("b64") != null) {
            throw InvalidForretningsmelding.malformed(
                    "The JWS header carries 'crit' or 'b64', which are not supported.");
        }
        return jws;
    }

    private static List<X509Certificate> chain(JsonWebSignature jws) {
        var chain = header(jws::getCertificateChainHeaderValue);
        if (chain == null || chain.isEmpty()) {
            throw InvalidForretningsmelding.malformed(
                    "The JWS header has no x5c; the signer's enterprise certificate is required.");
        }
        return chain;
    }

    /** A header member jose4j reads; jose4j casts it to the type it expects, so another JSON type is a cast failure. */
    private static <T> T header(HeaderMember<T> member) {
        try {
            return member.read();
        } catch (JoseException e) {
            throw unreadable(e);
        } catch (ClassCastException wrongType) {
            throw InvalidForretningsmelding.malformed(
                    "The forretningsmelding's JWS header has a member of an unexpected type.");
        }
    }

    private interface HeaderMember<T> {
        T read() throws JoseException;
    }

    private static InvalidForretningsmelding unreadable(JoseException e) {
        return InvalidForretningsmelding.malformed(
                "The forretningsmelding is not a readable JWS: " + Details.withoutClassNames(e.getMessage()));
    }

    private static void verify(JsonWebSignature jws, X509Certificate signer) {
        boolean valid;
        try {
            jws.setAlgorithmConstraints(new AlgorithmConstraints(PERMIT, ALGORITHMS.toArray(String[]::new)));
            jws.setKey(signer.getPublicKey());
            valid = jws.verifySignature();
        } catch (JoseException e) {
            throw InvalidForretningsmelding.signature(
                    "The forretningsmelding's signature cannot be verified with the leaf of x5c: " + e.getMessage());
        }
        if (!valid) {
            throw InvalidForretningsmelding.signature(
                    "The forretningsmelding's signature does not match its content and the leaf of x5c.");
        }
    }

    private JsonNode payload(JsonWebSignature jws) {
        try {
            return json.readTree(jws.getUnverifiedPayloadBytes());
        } catch (JsonProcessingException e) {
            throw InvalidForretningsmelding.malformed("The JWS payload is not JSON: " + Details.json(e));
        } catch (IOException e) {
            throw InvalidForretningsmelding.malformed("The JWS payload cannot be read as JSON.");
        }
    }
}
