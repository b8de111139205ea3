package no.kurer.broker.control;

/**
 * The broker answered 429, or told Kurer to wait longer than a call may wait in line: not a failed attempt of the file
 * or message at hand (it is an outage, {@link BrokerUnavailable}); the call is made again after the time Altinn gave.
 */
public class BrokerRateLimited extends BrokerUnavailable {

    public BrokerRateLimited(String detail) {
        super(detail);
    }
}
