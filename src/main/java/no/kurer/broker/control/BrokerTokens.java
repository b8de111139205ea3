package no.kurer.broker.control;

/**
 * The bearer token Kurer presents to the broker for one of the organisations it acts for: that organisation's system
 * user token (cached by the token clients).
 */
public interface BrokerTokens {

    String SCOPES = "altinn:broker.write altinn:broker.read";

    /** @throws NoSystemUserFor when Kurer has no system user for {@code orgno} */
    String token(String orgno);
}
