package no.kurer.maskinporten.control;

import java.security.PrivateKey;
import org.jose4j.jws.JsonWebSignature;

/**
 * The key Kurer signs its Maskinporten grants with, and how the grant names it: {@code x5c} for an enterprise
 * certificate ({@link EnterpriseKeystore}), {@code kid} for a key registered on the client ({@link RegisteredKey}).
 */
public interface GrantKey {

    PrivateKey privateKey();

    /** Puts {@code x5c} or {@code kid} into the grant's header. */
    void identify(JsonWebSignature grant);
}
