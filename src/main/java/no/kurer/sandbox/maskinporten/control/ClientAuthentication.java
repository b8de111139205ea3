package no.kurer.sandbox.maskinporten.control;

import org.jose4j.jws.JsonWebSignature;

/** One way a client proves its identity in a grant ({@code x5c} today; {@code kid} later). */
public interface ClientAuthentication {

    /** Whether this kind of authentication applies to the grant (by its header). */
    boolean supports(JsonWebSignature grant);

    /**
     * Verifies the grant's signature and answers the client.
     *
     * @throws TokenRefused when the key is not trusted or the signature is invalid
     */
    AuthenticatedClient authenticate(JsonWebSignature grant);
}
