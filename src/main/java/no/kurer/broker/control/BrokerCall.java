package no.kurer.broker.control;

import no.kurer.configuration.Key;

/**
 * The broker calls Altinn limits, with its published limits per Maskinporten integration per minute (PROTOCOLS.md,
 * "Rate limits"); {@code broker.rate.<name>} overrides one.
 */
public enum BrokerCall {
    SEARCH("search", 10),
    DETAILS("details", 10),
    INITIALIZE("initialize", 120),
    UPLOAD("upload", 120),
    OVERVIEW("overview", 120),
    DOWNLOAD("download", 120),
    CONFIRM("confirm", 120);

    private final String key;
    private final int perMinute;
    private final Key<Long> limit;

    BrokerCall(String key, int perMinute) {
        this.key = key;
        this.perMinute = perMinute;
        this.limit = Key.number("broker.rate." + key, perMinute);
    }

    /** {@code broker.rate.<name>}, Altinn's limit by default. */
    public Key<Long> limit() {
        return limit;
    }

    /** The name in configuration keys and in the sandbox broker's counts. */
    public String key() {
        return key;
    }

    /** Altinn's limit for one integration (all of Kurer's instances together), per window. */
    public int perMinute() {
        return perMinute;
    }
}
