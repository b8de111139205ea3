package no.kurer.dpi.peppol.control;

import java.util.Optional;
import java.util.function.Function;

/**
 * Which transport serves a receiver: {@code dpi.transport.<orgno>} when set, else {@code dpi.transport}, else REST.
 * Values: {@code rest} or {@code as4}; anything else is refused with a message naming the key.
 */
public class TransportChoice {

    public enum Kind { REST, AS4 }

    private final Function<String, Optional<String>> config;

    public TransportChoice(Function<String, Optional<String>> config) {
        this.config = config;
    }

    public Kind of(String receiverOrgno) {
        String key = "dpi.transport." + receiverOrgno;
        Optional<String> own = config.apply(key);
        if (own.isEmpty()) {
            key = "dpi.transport";
        }
        String value = own.or(() -> config.apply("dpi.transport")).orElse("rest").strip().toLowerCase();
        return switch (value) {
            case "rest" -> Kind.REST;
            case "as4" -> Kind.AS4;
            default -> throw new IllegalStateException(key + " must be rest or as4, not " + value);
        };
    }
}
