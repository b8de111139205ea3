package no.kurer.sandbox.altinn.control;

import java.util.Set;
import org.jose4j.jwt.JwtClaims;

/** Who called, from a verified bearer token: the consumer organisation, its scopes, and every claim. */
public record Caller(String orgno, Set<String> scopes, JwtClaims claims) {

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    /** @throws AltinnRefusal 403 without any of the scopes */
    public Caller requireAnyScope(String... wanted) {
        for (String scope : wanted) {
            if (scopes.contains(scope)) {
                return this;
            }
        }
        throw AltinnRefusal.forbidden("The token lacks the scope " + String.join(" or ", wanted));
    }
}
