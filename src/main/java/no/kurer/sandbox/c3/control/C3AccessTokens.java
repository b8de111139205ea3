package no.kurer.sandbox.c3.control;

import java.time.Clock;
import java.util.function.Supplier;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import no.kurer.sandbox.maskinporten.control.GrantFactory;
import no.kurer.sandbox.maskinporten.control.TokenEndpoint;

/**
 * Corner 3's Maskinporten token for delivering receipts to Kurer: a JWT grant signed with corner 3's
 * enterprise certificate ({@code x5c}), {@code scope} {@value #SCOPE}, {@code resource} = Kurer's
 * {@code dpi.audience}, exchanged at the sandbox Maskinporten. A fresh token per call: tokens live two minutes
 * and the exchange happens in-process.
 */
public class C3AccessTokens implements Supplier<String> {

    public static final String SCOPE = "digitalpostinnbygger:send";

    private final TokenEndpoint maskinporten;
    private final String issuer;
    private final EnterpriseIdentity corner3;
    private final String audience;
    private final Clock clock;

    public C3AccessTokens(
            TokenEndpoint maskinporten, String issuer, EnterpriseIdentity corner3, String audience, Clock clock) {
        this.maskinporten = maskinporten;
        this.issuer = issuer;
        this.corner3 = corner3;
        this.audience = audience;
        this.clock = clock;
    }

    @Override
    public String get() {
        String grant = new GrantFactory(corner3, issuer, clock)
                .scope(SCOPE)
                .resource(audience)
                .sign();
        return maskinporten.token(TokenEndpoint.JWT_BEARER, grant).accessToken();
    }
}
