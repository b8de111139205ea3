package no.kurer.broker.control;

/**
 * The bearer token Kurer presents to the broker for the organisation it acts for: a system user token (cached by the
 * token clients). An interface so that the system user from onboarding can take the configured one's place.
 */
public interface BrokerTokens {

    String SCOPES = "altinn:broker.write altinn:broker.read";

    String token();
}
