package no.kurer.webhooks.control;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kurer.conversation.control.StatusRecorded;
import no.kurer.conversation.entity.ReceiptStatus;

/**
 * A subscription's filter as NextMove writes it, e.g. {@code status=FEIL,LEVETID_UTLOPT&direction=INCOMING}: clauses
 * joined by {@code &}, each {@code key=value[,value…]}, the only operator {@code =}. Keys and values are
 * case-insensitive; the keys are {@code status}, {@code direction} and {@code serviceIdentifier}, each at most once,
 * and every value must be one the key knows. An event matches when every clause names its value.
 */
public final class SubscriptionFilter {

    static final Set<String> DIRECTIONS = Set.of("INCOMING", "OUTGOING");
    /** efm's service identifiers; Kurer produces events for DPO only. */
    static final Set<String> SERVICE_IDENTIFIERS = Set.of("DPO", "DPV", "DPI", "DPF", "DPFIO", "DPE", "DPH", "UNKNOWN");

    private static final Map<String, Set<String>> KNOWN = Map.of(
            "status",
            Arrays.stream(ReceiptStatus.values()).map(Enum::name).collect(Collectors.toSet()),
            "direction",
            DIRECTIONS,
            "serviceidentifier",
            SERVICE_IDENTIFIERS);

    private static final SubscriptionFilter NONE = new SubscriptionFilter(Map.of());

    private final Map<String, Set<String>> clauses;

    private SubscriptionFilter(Map<String, Set<String>> clauses) {
        this.clauses = clauses;
    }

    /** The filter in {@code text}; null or blank is no filter. @throws InvalidFilter naming what is wrong */
    public static SubscriptionFilter parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Map<String, Set<String>> clauses = new LinkedHashMap<>();
        for (String clause : text.strip().split("&", -1)) {
            String[] parts = clause.split("=", -1);
            if (parts.length != 2 || !parts[0].strip().matches("[A-Za-z]+")) {
                throw new InvalidFilter(
                        "Each clause of the filter is key=value[,value…] with '=' as the only operator; '" + clause
                                + "' is not.");
            }
            String key = parts[0].strip().toLowerCase(Locale.ROOT);
            Set<String> known = KNOWN.get(key);
            if (known == null) {
                throw new InvalidFilter("Unknown filter key '" + parts[0].strip()
                        + "': the keys are status, direction and serviceIdentifier.");
            }
            if (clauses.containsKey(key)) {
                throw new InvalidFilter("The filter names '" + parts[0].strip() + "' twice.");
            }
            clauses.put(key, values(parts[0].strip(), parts[1], known));
        }
        return new SubscriptionFilter(Map.copyOf(clauses));
    }

    private static Set<String> values(String key, String text, Set<String> known) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : text.split(",", -1)) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            if (v.isEmpty()) {
                throw new InvalidFilter("The filter's '" + key + "' has an empty value.");
            }
            if (!known.contains(v)) {
                throw new InvalidFilter("Unknown " + key + " '" + value.strip() + "' in the filter; known: "
                        + known.stream().sorted().collect(Collectors.joining(", ")) + ".");
            }
            values.add(v);
        }
        return Set.copyOf(values);
    }

    /** Whether every clause names the event's value. */
    public boolean matches(StatusRecorded event) {
        return allows("status", event.status() == null ? null : event.status().name())
                && allows("direction", event.direction())
                && allows("serviceidentifier", event.serviceIdentifier());
    }

    private boolean allows(String key, String value) {
        Set<String> allowed = clauses.get(key);
        return allowed == null || (value != null && allowed.contains(value.toUpperCase(Locale.ROOT)));
    }

    /** The keys this filter has, lower case (for tests and logs). */
    public List<String> keys() {
        return clauses.keySet().stream().sorted().toList();
    }
}
