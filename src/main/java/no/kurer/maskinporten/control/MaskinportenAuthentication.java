package no.kurer.maskinporten.control;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.kurer.configuration.MissingConfiguration;
import no.kurer.maskinporten.entity.MaskinportenToken;

/** Validates incoming Maskinporten tokens for every API of Kurer, against the configured issuer and JWKS. */
@ApplicationScoped
public class MaskinportenAuthentication {

    static final String ISSUER = "maskinporten.issuer";
    static final String JWKS_URI = "maskinporten.jwks-uri";

    @Inject
    @ConfigProperty(name = ISSUER, defaultValue = "https://maskinporten.no/")
    String issuer;

    @Inject
    @ConfigProperty(name = JWKS_URI, defaultValue = "https://maskinporten.no/jwk")
    String jwksUri;

    private volatile TokenValidator validator;

    public MaskinportenAuthentication() {
    }

    MaskinportenAuthentication(String issuer, String jwksUri) {
        this.issuer = issuer;
        this.jwksUri = jwksUri;
    }

    /** @see TokenValidator#validate(String, String, boolean, String) */
    public MaskinportenToken authenticate(String authorizationHeader, String audience, boolean requireAudience,
                                          String requiredScope) {
        return validator().validate(authorizationHeader, audience, requireAudience, requiredScope);
    }

    private TokenValidator validator() {
        TokenValidator built = validator;
        if (built == null) {
            synchronized (this) {
                if (validator == null) {
                    validator = new TokenValidator(required(ISSUER, issuer),
                            new JwksCache(URI.create(required(JWKS_URI, jwksUri))));
                }
                built = validator;
            }
        }
        return built;
    }

    private static String required(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new MissingConfiguration(key);
        }
        return value.strip();
    }
}
