package no.kurer.maskinporten.entity;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What Kurer asks Maskinporten for: scopes, an optional audience restriction ({@code resource}), and optional
 * {@code authorization_details} (a system user). Equal requests share one cached token.
 */
public record TokenRequest(Set<String> scopes, String resource, List<AuthorizationDetail> authorizationDetails) {

    public TokenRequest {
        scopes = Set.copyOf(new TreeSet<>(scopes));
        authorizationDetails = List.copyOf(authorizationDetails);
    }

    public static TokenRequest of(String... scopes) {
        return new TokenRequest(Set.of(scopes), null, List.of());
    }

    public TokenRequest withResource(String audience) {
        return new TokenRequest(scopes, audience, authorizationDetails);
    }

    public TokenRequest withAuthorizationDetails(List<AuthorizationDetail> details) {
        return new TokenRequest(scopes, resource, details);
    }

    /** The scopes as Maskinporten takes them: space-separated. */
    public String scope() {
        return String.join(" ", new TreeSet<>(scopes));
    }
}
