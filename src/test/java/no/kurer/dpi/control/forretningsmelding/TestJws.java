package no.kurer.dpi.control.forretningsmelding;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import no.kurer.certificates.control.TestPki;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;

/** Signs forretningsmeldinger in tests, properly with jose4j or with a hand-written header. */
final class TestJws {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private TestJws() {}

    static String sign(String payload, String alg, java.security.Key key, X509Certificate... x5c) {
        try {
            var jws = new JsonWebSignature();
            jws.setPayload(payload);
            jws.setAlgorithmHeaderValue(alg);
            if (x5c.length > 0) {
                jws.setCertificateChainHeaderValue(x5c);
            }
            jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
            jws.setKey(key);
            jws.setDoKeyValidation(false);
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(String payload, TestPki.Issued signer, X509Certificate... x5c) {
        return sign(payload, "RS256", signer.keys().getPrivate(), x5c);
    }

    /** An RS256 signature over a header written by hand, for header shapes jose4j would not produce. */
    static String signRaw(String headerJson, String payload, PrivateKey key) {
        try {
            var input = URL.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                    + URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
            var signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + URL.encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String x5c(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces one character of the given part (0 header, 1 payload, 2 signature) near its middle. */
    static String tamper(String compact, int part) {
        var parts = compact.split("\\.");
        var chars = parts[part].toCharArray();
        var i = chars.length / 2;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        parts[part] = new String(chars);
        return String.join(".", parts);
    }
}
