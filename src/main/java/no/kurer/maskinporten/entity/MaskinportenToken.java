package no.kurer.maskinporten.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Maskinporten access token that passed every check, as the rest of Kurer sees it.
 * Authorization is always on {@link #consumer()} (and {@link #supplier()} for a data processor), never on the client id.
 *
 * @param raw the compact JWS exactly as received (compared byte for byte with the embedded {@code maskinportentoken})
 * @param supplier the data processor acting for the consumer, or {@code null} when the consumer sends for itself
 */
public record MaskinportenToken(
        String raw,
        String issuer,
        String clientId,
        Organisation consumer,
        Organisation supplier,
        Set<String> scopes,
        List<AuthorizationDetail> authorizationDetails,
        Instant issuedAt,
        Instant expiresAt) {

    public MaskinportenToken {
        scopes = Set.copyOf(scopes);
        authorizationDetails = List.copyOf(authorizationDetails);
    }

    public Optional<Organisation> supplierIfAny() {
        return Optional.ofNullable(supplier);
    }

    /** The organisation that authenticated to Maskinporten: the supplier when there is one, else the consumer. */
    public Organisation actingOrganisation() {
        return supplier != null ? supplier : consumer;
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public List<AuthorizationDetail> authorizationDetails(String type) {
        return authorizationDetails.stream().filter(d -> type.equals(d.type())).toList();
    }
}
