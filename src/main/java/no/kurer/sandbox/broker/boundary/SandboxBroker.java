package no.kurer.sandbox.broker.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import no.kurer.sandbox.boundary.Sandbox;
import no.kurer.sandbox.broker.control.BrokerFaults;
import no.kurer.sandbox.broker.control.BrokerTokenCheck;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox broker's parts, built on first use: the token check against the sandbox Maskinporten's key, and the
 * fault modes, starting from {@code sandbox.broker.failure-rate} and {@code sandbox.broker.delay-ms}.
 */
@ApplicationScoped
public class SandboxBroker {

    @Inject
    Sandbox sandbox;

    @Inject
    @ConfigProperty(name = "sandbox.broker.failure-rate", defaultValue = "0")
    double failureRate;

    @Inject
    @ConfigProperty(name = "sandbox.broker.delay-ms", defaultValue = "0")
    long delayMs;

    private BrokerTokenCheck tokens;
    private BrokerFaults faults;

    public synchronized BrokerTokenCheck tokens() {
        if (tokens == null) {
            tokens = new BrokerTokenCheck(
                    sandbox.signingKey().key().getPublicKey(), sandbox.maskinportenIssuer(), Clock.systemUTC());
        }
        return tokens;
    }

    public synchronized BrokerFaults faults() {
        if (faults == null) {
            faults = new BrokerFaults(failureRate, delayMs);
        }
        return faults;
    }
}
