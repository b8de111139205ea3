package no.kurer.sandbox.broker.control;

/** Over a rate limit: 429 with {@code Retry-After} (seconds), as Altinn answers. */
public class TooManyRequests extends BrokerRefusal {

    private final long retryAfterSeconds;

    public TooManyRequests(String endpoint, long retryAfterSeconds) {
        super(
                429,
                "Too Many Requests",
                "Rate limit for " + endpoint + " exceeded; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
