package no.kurer.sandbox.broker.control;

import java.util.Set;

/** Who calls the sandbox broker: the organisation of the system user (or the token's consumer) and the scopes. */
public record Caller(String orgno, Set<String> scopes) {

    public static final String WRITE = "altinn:broker.write";
    public static final String READ = "altinn:broker.read";

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    public void require(String scope) {
        if (!scopes.contains(scope)) {
            throw BrokerRefusal.forbidden("The token lacks the scope " + scope);
        }
    }
}
