package no.kurer.sandbox.maskinporten.control;

import java.security.cert.X509Certificate;
import java.util.List;
import no.kurer.sandbox.ca.control.ChainValidator;
import no.kurer.sandbox.ca.control.ChainValidator.UntrustedCertificate;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/** A grant signed with an enterprise certificate in {@code x5c} that chains to the sandbox CA. */
public class X5cClientAuthentication implements ClientAuthentication {

    static final AlgorithmConstraints RSA_ONLY = new AlgorithmConstraints(
            ConstraintType.PERMIT,
            AlgorithmIdentifiers.RSA_USING_SHA256,
            AlgorithmIdentifiers.RSA_USING_SHA384,
            AlgorithmIdentifiers.RSA_USING_SHA512);

    private final ChainValidator chains;

    public X5cClientAuthentication(ChainValidator chains) {
        this.chains = chains;
    }

    @Override
    public boolean supports(JsonWebSignature grant) {
        return grant.getHeaders().getObjectHeaderValue("x5c") != null;
    }

    @Override
    public AuthenticatedClient authenticate(JsonWebSignature grant) {
        List<X509Certificate> chain;
        try {
            chain = grant.getCertificateChainHeaderValue();
        } catch (JoseException | RuntimeException e) {
            throw TokenRefused.invalidGrant("Invalid x5c: " + e.getMessage());
        }
        String orgno;
        try {
            orgno = chains.orgnoOf(chain);
        } catch (UntrustedCertificate e) {
            throw TokenRefused.invalidGrant("Invalid assertion. Client authentication failed: " + e.getMessage());
        }
        grant.setAlgorithmConstraints(RSA_ONLY);
        grant.setKey(chain.get(0).getPublicKey());
        try {
            if (!grant.verifySignature()) {
                throw TokenRefused.invalidGrant("Invalid assertion. Client authentication failed: bad signature");
            }
        } catch (JoseException e) {
            throw TokenRefused.invalidGrant("Invalid assertion. Client authentication failed: " + e.getMessage());
        }
        return new AuthenticatedClient(orgno, "virksomhetssertifikat");
    }
}
