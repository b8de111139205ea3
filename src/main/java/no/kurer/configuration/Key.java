package no.kurer.configuration;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One configuration key, named and given its default once, as a constant of the settings class of the feature that
 * reads it. {@link Settings} reads it live, so a value set in the server console is used without a redeploy. The
 * README's configuration table is checked against these constants.
 *
 * @param name the key as administrators write it, e.g. {@code dpi.forward.max-attempts}
 * @param fallback the value when the key is unset or blank; {@code null} when the key has no default
 * @param parse turns the configured text into the value; throws {@link IllegalArgumentException} when it cannot
 */
public record Key<T>(String name, T fallback, Function<String, T> parse) {

    /** A text key without a default: {@link Settings#get} throws {@link MissingConfiguration} while it is unset. */
    public static Key<String> text(String name) {
        return new Key<>(name, null, Function.identity());
    }

    public static Key<String> text(String name, String fallback) {
        return new Key<>(name, fallback, Function.identity());
    }

    public static Key<Long> number(String name, long fallback) {
        return new Key<>(name, fallback, Key::parseLong);
    }

    /** A whole number without a default. */
    public static Key<Long> number(String name) {
        return new Key<>(name, null, Key::parseLong);
    }

    public static Key<Boolean> flag(String name, boolean fallback) {
        return new Key<>(name, fallback, Key::parseFlag);
    }

    public Optional<T> defaultValue() {
        return Optional.ofNullable(fallback);
    }

    private static Long parseLong(String text) {
        return Long.valueOf(text);
    }

    /** MicroProfile Config's words for true, and their opposites; anything else is a mistake worth naming. */
    private static Boolean parseFlag(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "y", "on" -> true;
            case "false", "0", "no", "n", "off" -> false;
            default -> throw new IllegalArgumentException("not true or false");
        };
    }
}
