package no.kurer.systemuser.entity;

/**
 * Where an onboarding stands. Kurer's own steps first ({@link #REGISTERING_SYSTEM}, {@link #REQUESTING}), then
 * Altinn's request statuses with Altinn's spelling ({@link #label()}), and {@link #FAILED} when Altinn refused a call
 * and an administrator must look (and retry).
 */
public enum OnboardingStatus {
    REGISTERING_SYSTEM("RegisteringSystem"),
    REQUESTING("Requesting"),
    NEW("New"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    DENIED("Denied"),
    TIMEDOUT("Timedout"),
    FAILED("Failed");

    private final String label;

    OnboardingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Kurer still has work to do (call Altinn, or poll the request). */
    public boolean inProgress() {
        return this == REGISTERING_SYSTEM || this == REQUESTING || this == NEW;
    }

    /** An administrator may start it again. */
    public boolean retryable() {
        return this == FAILED || this == REJECTED || this == DENIED || this == TIMEDOUT;
    }

    /** Altinn's request status ({@code New}, {@code Accepted}, …); {@link #FAILED} for one Kurer does not know. */
    public static OnboardingStatus ofAltinn(String status) {
        for (OnboardingStatus each : values()) {
            if (each.ordinal() >= NEW.ordinal() && each != FAILED && each.label.equalsIgnoreCase(status)) {
                return each;
            }
        }
        return FAILED;
    }
}
