package no.kurer.sandbox.registry.control;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * Signs the stand-in's answers as Digdir's registry does: a compact RS256 JWS whose header holds {@code kid} and the
 * signing certificate in {@code x5c}; the public key is published as a JWKS.
 */
public class RegistrySigner {

    private final RsaJsonWebKey key;
    private final List<X509Certificate> chain;

    public RegistrySigner(RsaJsonWebKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    /** A signer with the enterprise certificate's key, its {@code kid} the key's RFC 7638 thumbprint. */
    public static RegistrySigner of(X509Certificate certificate, PrivateKey privateKey) {
        RsaJsonWebKey key = new RsaJsonWebKey((RSAPublicKey) certificate.getPublicKey());
        key.setPrivateKey(privateKey);
        key.setKeyId(key.calculateBase64urlEncodedThumbprint("SHA-256"));
        key.setUse("sig");
        key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        return new RegistrySigner(key, List.of(certificate));
    }

    public String sign(String payload, boolean tampered) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setCertificateChainHeaderValue(chain.toArray(X509Certificate[]::new));
        jws.setKey(key.getPrivateKey());
        try {
            String compact = jws.getCompactSerialization();
            return tampered ? tamper(compact) : compact;
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign the registry's answer", e);
        }
    }

    public String publicJwks() {
        return new JsonWebKeySet(key).toJson(OutputControlLevel.PUBLIC_ONLY);
    }

    /** The same header and signature over a payload one character longer. */
    private static String tamper(String compact) {
        String[] parts = compact.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8) + " ";
        return parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
    }
}
