package no.kurer.sandbox.ca.entity;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * A Norwegian enterprise ("virksomhet") as a signer: its organisation number, private key and
 * certificate chain, leaf first, ending with the issuing root.
 */
public record EnterpriseIdentity(String orgno, PrivateKey privateKey, List<X509Certificate> chain) {

    public EnterpriseIdentity {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a certificate chain needs at least the leaf");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    public X509Certificate[] chainArray() {
        return chain.toArray(X509Certificate[]::new);
    }

    /** Signs {@code payload} as a compact JWS, RS256, with this identity's chain in {@code x5c} (DPI's forretningsmelding form). */
    public String signJws(String payload) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setCertificateChainHeaderValue(chainArray());
        jws.setKey(privateKey);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign as " + orgno, e);
        }
    }
}
