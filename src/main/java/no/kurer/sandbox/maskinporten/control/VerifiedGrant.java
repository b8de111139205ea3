package no.kurer.sandbox.maskinporten.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A grant that passed every check: the client, the scopes it asked for, the audiences it asked
 * the token to be restricted to ({@code resource}), for a data processor, the consumer, and the
 * {@code authorization_details} it asked for (as parsed JSON, unchecked).
 */
public record VerifiedGrant(
        String clientId,
        AuthenticatedClient client,
        List<String> scopes,
        List<String> resources,
        Optional<String> consumerOrg,
        List<Map<String, Object>> authorizationDetails) {

    public VerifiedGrant {
        scopes = List.copyOf(scopes);
        resources = List.copyOf(resources);
        authorizationDetails = List.copyOf(authorizationDetails);
    }

    public VerifiedGrant(
            String clientId,
            AuthenticatedClient client,
            List<String> scopes,
            List<String> resources,
            Optional<String> consumerOrg) {
        this(clientId, client, scopes, resources, consumerOrg, List.of());
    }
}
