package no.kurer.maskinporten.control;

import no.kurer.maskinporten.entity.TokenRequest;

/**
 * Kurer's own Maskinporten access tokens, for calls Kurer makes (to corner 3, to Altinn): cached per request and
 * renewed before they expire.
 */
public interface AccessTokens {

    /** A valid access token for the request; a refusal by Maskinporten becomes a problem naming the cause. */
    String accessToken(TokenRequest request);
}
