package no.kurer.sandbox.ca.entity;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

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
}
