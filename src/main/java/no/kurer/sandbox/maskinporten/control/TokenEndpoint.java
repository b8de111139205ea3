package no.kurer.sandbox.maskinporten.control;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import no.kurer.sandbox.ca.control.ChainValidator;

/** {@code POST {issuer}token}: a JWT bearer grant in, an access token out (or {@link TokenRefused}). */
public class TokenEndpoint {

    public static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final GrantVerifier verifier;
    private final AccessTokenIssuer issuer;
    private final SystemUserGrants systemUsers;

    public TokenEndpoint(GrantVerifier verifier, AccessTokenIssuer issuer) {
        this(verifier, issuer, SystemUserApprovals.NONE);
    }

    /** @param approvals the approved system users, consulted for grants with {@code authorization_details} */
    public TokenEndpoint(GrantVerifier verifier, AccessTokenIssuer issuer, SystemUserApprovals approvals) {
        this.verifier = verifier;
        this.issuer = issuer;
        this.systemUsers = new SystemUserGrants(approvals);
    }

    /** The stand-in as the sandbox runs it: {@code x5c} clients whose certificates chain to {@code trustedRoot}. */
    public TokenEndpoint(
            String issuerUrl,
            X509Certificate trustedRoot,
            MaskinportenSigningKey key,
            Collection<String> allowedScopes,
            Clock clock) {
        this(issuerUrl, trustedRoot, key, allowedScopes, SystemUserApprovals.NONE, clock);
    }

    /** As above, issuing system user tokens for the system users {@code approvals} knows. */
    public TokenEndpoint(
            String issuerUrl,
            X509Certificate trustedRoot,
            MaskinportenSigningKey key,
            Collection<String> allowedScopes,
            SystemUserApprovals approvals,
            Clock clock) {
        this(
                new GrantVerifier(
                        issuerUrl,
                        List.of(new X5cClientAuthentication(new ChainValidator(trustedRoot, clock))),
                        allowedScopes,
                        new JtiStore(100_000, clock),
                        clock),
                new AccessTokenIssuer(issuerUrl, key, clock),
                approvals);
    }

    public TokenResponse token(String grantType, String assertion) {
        if (grantType == null || grantType.isBlank()) {
            throw TokenRefused.invalidRequest("Missing grant_type");
        }
        if (!JWT_BEARER.equals(grantType)) {
            throw TokenRefused.unsupportedGrantType("Unsupported grant_type " + grantType);
        }
        VerifiedGrant grant = verifier.verify(assertion);
        return issuer.issue(grant, systemUsers.authorizationDetails(grant));
    }
}
