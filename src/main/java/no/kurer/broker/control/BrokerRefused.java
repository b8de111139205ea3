package no.kurer.broker.control;

import no.kurer.problems.Problem;

/** The broker refused a call for good (4xx): retrying the same call would not help. Carries Altinn's reason. */
public class BrokerRefused extends Problem {

    private final int brokerStatus;

    public BrokerRefused(int brokerStatus, String reason) {
        super(502, "dpo-broker-refused", "The Altinn Broker refused the call", "HTTP " + brokerStatus + ": " + reason);
        this.brokerStatus = brokerStatus;
    }

    public int brokerStatus() {
        return brokerStatus;
    }
}
