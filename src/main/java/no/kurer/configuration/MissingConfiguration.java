package no.kurer.configuration;

import no.kurer.problems.Problem;

/** A required configuration key has no value: the endpoint that needs it answers 503 naming the key. */
public class MissingConfiguration extends Problem {

    public MissingConfiguration(String key) {
        super(
                503,
                "missing-configuration",
                "Kurer is not configured yet",
                "Configuration key '" + key + "' has no value; an administrator must set it.");
    }
}
