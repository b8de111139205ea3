package no.kurer.sandbox.maskinporten.control;

/** A token request Maskinporten refuses: HTTP 400 with {@code {"error","error_description"}}. */
public class TokenRefused extends RuntimeException {

    private final String error;

    public TokenRefused(String error, String description) {
        super(description);
        this.error = error;
    }

    public static TokenRefused invalidGrant(String description) {
        return new TokenRefused("invalid_grant", description);
    }

    public static TokenRefused invalidScope(String description) {
        return new TokenRefused("invalid_scope", description);
    }

    public static TokenRefused invalidRequest(String description) {
        return new TokenRefused("invalid_request", description);
    }

    public static TokenRefused unsupportedGrantType(String description) {
        return new TokenRefused("unsupported_grant_type", description);
    }

    public String error() {
        return error;
    }

    public String description() {
        return getMessage();
    }
}
