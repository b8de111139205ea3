package no.kurer.broker.control;

import no.kurer.problems.Problem;

/**
 * The Altinn Broker cannot be used now, and asking again later may help (503): it could not be reached, answered 5xx,
 * 408 or 401, timed out or dropped the connection ({@code dpo-broker-unavailable}), answered 429 or is held back by
 * Kurer's own pacing ({@code dpo-broker-rate-limited}), or answered something that is no answer
 * ({@code dpo-broker-bad-answer}). Its counterpart for a final answer is {@link BrokerRefused}.
 */
public class BrokerUnreachable extends Problem {

    private static final String RATE_LIMITED = "dpo-broker-rate-limited";

    private final boolean rateLimited;

    private BrokerUnreachable(String slug, String title, String detail) {
        super(503, slug, title, detail);
        this.rateLimited = RATE_LIMITED.equals(slug);
    }

    /** Whether it is the rate limit (Altinn's 429, or Kurer's own pacing) rather than the broker being away. */
    public boolean rateLimited() {
        return rateLimited;
    }

    public static BrokerUnreachable unavailable(String detail) {
        return new BrokerUnreachable("dpo-broker-unavailable", "The Altinn Broker is unavailable", detail);
    }

    public static BrokerUnreachable rateLimited(String detail) {
        return new BrokerUnreachable(RATE_LIMITED, "The Altinn Broker's rate limit is reached", detail);
    }

    public static BrokerUnreachable badAnswer(String detail) {
        return new BrokerUnreachable("dpo-broker-bad-answer", "The Altinn Broker's answer cannot be read", detail);
    }
}
