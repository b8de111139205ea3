package no.kurer.sandbox.c3.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import no.kurer.sandbox.maskinporten.control.AccessTokenIssuer;
import no.kurer.sandbox.maskinporten.control.AuthenticatedClient;
import no.kurer.sandbox.maskinporten.control.MaskinportenSigningKey;
import no.kurer.sandbox.maskinporten.control.VerifiedGrant;

/** Sandbox parties shared by the corner 3 tests; keys are generated once per test run. */
final class Fixtures {

    static final String ISSUER = "http://localhost:8080/sandbox/maskinporten/";
    static final String SCOPE = "digitalpostinnbygger:send";
    static final String MAILBOX = "987464291";
    static final String C3 = "924918004";
    static final String OPERATOR = "999888771";
    static final String AVSENDER = "991825827";

    static final SandboxCertificateAuthority CA;
    static final MaskinportenSigningKey MASKINPORTEN = MaskinportenSigningKey.generate();
    static final EnterpriseIdentity MAILBOX_IDENTITY;
    static final EnterpriseIdentity C3_IDENTITY;
    static final EnterpriseIdentity AVSENDER_IDENTITY;

    static {
        try {
            CA = new SandboxCertificateAuthority(Files.createTempDirectory("kurer-c3-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MAILBOX_IDENTITY = CA.issue(MAILBOX, "Sandbox Postkasse");
        C3_IDENTITY = CA.issue(C3, "Sandbox Hjørne 3");
        AVSENDER_IDENTITY = CA.issue(AVSENDER, "Test Kommune");
    }

    private Fixtures() {}

    /** A token as the sandbox Maskinporten issues it to Kurer's operator identity. */
    static String operatorToken(Clock clock, String... scopes) {
        return token(MASKINPORTEN, ISSUER, clock, scopes);
    }

    static String token(MaskinportenSigningKey key, String issuer, Clock clock, String... scopes) {
        var grant = new VerifiedGrant(
                "kurer-sandbox",
                new AuthenticatedClient(OPERATOR, "virksomhetssertifikat"),
                List.of(scopes),
                List.of(),
                Optional.empty());
        return new AccessTokenIssuer(issuer, key, clock).issue(grant).accessToken();
    }
}
