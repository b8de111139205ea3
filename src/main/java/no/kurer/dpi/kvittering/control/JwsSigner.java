package no.kurer.dpi.kvittering.control;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/** A {@link KvitteringSigner} over a private key and its certificate chain (leaf first). */
public class JwsSigner implements KvitteringSigner {

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final String orgno;

    public JwsSigner(PrivateKey key, List<X509Certificate> chain, String orgno) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.orgno = orgno;
    }

    @Override
    public String orgno() {
        return orgno;
    }

    @Override
    public String sign(String payloadJson) {
        var jws = new JsonWebSignature();
        jws.setPayload(payloadJson);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setCertificateChainHeaderValue(chain.toArray(X509Certificate[]::new));
        jws.setKey(key);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Kurer cannot sign with its enterprise key: " + e.getMessage(), e);
        }
    }
}
