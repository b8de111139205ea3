package no.kurer.broker.control;

import no.kurer.problems.Problem;

/** The broker could not be reached or answered 5xx, timed out or dropped the connection: worth retrying (503). */
public class BrokerUnavailable extends Problem {

    public BrokerUnavailable(String detail) {
        super(503, "dpo-broker-unavailable", "The Altinn Broker is unavailable", detail);
    }
}
