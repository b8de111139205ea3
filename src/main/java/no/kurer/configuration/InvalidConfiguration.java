package no.kurer.configuration;

import no.kurer.problems.Problem;

/** A configuration key has a value of the wrong kind: the endpoint that needs it answers 503 naming the key. */
public class InvalidConfiguration extends Problem {

    public InvalidConfiguration(String key, String value, String reason) {
        super(
                503,
                "invalid-configuration",
                "Kurer is misconfigured",
                "Configuration key '" + key + "' has the value '" + value + "', which cannot be used: " + reason
                        + "; an administrator must correct it.");
    }
}
