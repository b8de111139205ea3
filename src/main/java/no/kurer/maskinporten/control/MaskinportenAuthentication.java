package no.kurer.maskinporten.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.maskinporten.entity.MaskinportenToken;

/**
 * Validates incoming Maskinporten tokens for every API of Kurer, against the configured issuer and JWKS. Both keys are
 * read at every call (README: live): a changed issuer applies at once, a changed JWKS address starts a new key cache.
 */
@ApplicationScoped
public class MaskinportenAuthentication {

    private MaskinportenSettings settings;
    private volatile Validator current;

    protected MaskinportenAuthentication() {
        // for CDI's proxy
    }

    @Inject
    public MaskinportenAuthentication(MaskinportenSettings settings) {
        this.settings = settings;
    }

    /**
     * @see TokenValidator#validate(String, String, boolean, String)
     * @throws MissingConfiguration naming {@code maskinporten.issuer} or {@code maskinporten.jwks-uri} when unset
     */
    public MaskinportenToken authenticate(
            String authorizationHeader, String audience, boolean requireAudience, String requiredScope) {
        return validator().validate(authorizationHeader, audience, requireAudience, requiredScope);
    }

    private TokenValidator validator() {
        String issuer = settings.issuer();
        URI jwksUri = settings.jwksUri();
        Validator now = current;
        return (now != null && now.serves(issuer, jwksUri) ? now : rebuilt(issuer, jwksUri)).validator();
    }

    private synchronized Validator rebuilt(String issuer, URI jwksUri) {
        Validator now = current;
        if (now == null || !now.serves(issuer, jwksUri)) {
            JwksCache keys = now != null && now.jwksUri().equals(jwksUri) ? now.keys() : new JwksCache(jwksUri);
            now = new Validator(issuer, jwksUri, keys, new TokenValidator(issuer, keys));
            current = now;
        }
        return now;
    }

    /** The validator for one issuer and JWKS address, with the key cache it keeps while the address stays. */
    private record Validator(String issuer, URI jwksUri, JwksCache keys, TokenValidator validator) {

        boolean serves(String otherIssuer, URI otherJwksUri) {
            return issuer.equals(otherIssuer) && jwksUri.equals(otherJwksUri);
        }
    }
}
