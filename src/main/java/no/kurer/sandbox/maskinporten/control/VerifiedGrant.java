package no.kurer.sandbox.maskinporten.control;

import java.util.List;
import java.util.Optional;

/**
 * A grant that passed every check: the client, the scopes it asked for, the audiences it asked
 * the token to be restricted to ({@code resource}) and, for a data processor, the consumer.
 */
public record VerifiedGrant(String clientId, AuthenticatedClient client, List<String> scopes,
        List<String> resources, Optional<String> consumerOrg) {

    public VerifiedGrant {
        scopes = List.copyOf(scopes);
        resources = List.copyOf(resources);
    }
}
