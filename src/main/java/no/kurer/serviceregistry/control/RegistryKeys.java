package no.kurer.serviceregistry.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * Verifies the registry's signed answers against its JWKS. The key set is fetched when first needed and fetched again
 * once when an answer names a {@code kid} it lacks (the registry rotated its key); an answer whose key is still unknown,
 * or whose signature does not hold, is refused.
 */
public class RegistryKeys {

    private final HttpClient http;
    private final Supplier<URI> jwkUrl;
    private final Supplier<Duration> timeout;
    private volatile List<JsonWebKey> keys;

    public RegistryKeys(HttpClient http, Supplier<URI> jwkUrl, Supplier<Duration> timeout) {
        this.http = http;
        this.jwkUrl = jwkUrl;
        this.timeout = timeout;
    }

    /** The payload of a compact RS256 JWS the registry signed. */
    public String verified(String compact, String what) {
        JsonWebSignature jws = new JsonWebSignature();
        try {
            jws.setCompactSerialization(compact.strip());
            jws.setAlgorithmConstraints(new AlgorithmConstraints(
                    ConstraintType.PERMIT,
                    AlgorithmIdentifiers.RSA_USING_SHA256,
                    AlgorithmIdentifiers.RSA_USING_SHA384,
                    AlgorithmIdentifiers.RSA_USING_SHA512));
            JsonWebKey key = key(jws.getKeyIdHeaderValue())
                    .orElseThrow(() -> ServiceRegistryRefused.untrusted(what + " is signed with a key the registry's"
                            + " JWKS " + jwkUrl.get() + " does not hold."));
            jws.setKey(key.getKey());
            if (!jws.verifySignature()) {
                throw ServiceRegistryRefused.untrusted(what + " has a signature that does not hold.");
            }
            return jws.getPayload();
        } catch (JoseException e) {
            throw ServiceRegistryRefused.untrusted(what + " is not a usable signed answer: " + e.getMessage());
        }
    }

    private Optional<JsonWebKey> key(String kid) {
        Optional<JsonWebKey> known = find(keys == null ? fetch() : keys, kid);
        return known.isPresent() ? known : find(fetch(), kid);
    }

    private static Optional<JsonWebKey> find(List<JsonWebKey> keys, String kid) {
        return keys.stream()
                .filter(k -> "RSA".equals(k.getKeyType()))
                .filter(k -> kid == null || kid.equals(k.getKeyId()))
                .findFirst();
    }

    private List<JsonWebKey> fetch() {
        URI uri = jwkUrl.get();
        HttpResponse<String> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(uri).timeout(timeout.get()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ServiceRegistryUnreachable("The service registry's JWKS " + uri + " did not answer: " + e + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceRegistryUnreachable("Interrupted while fetching the service registry's JWKS " + uri + ".");
        }
        if (response.statusCode() != 200) {
            throw new ServiceRegistryUnreachable(
                    "The service registry's JWKS " + uri + " answered " + response.statusCode() + ".");
        }
        try {
            keys = List.copyOf(new JsonWebKeySet(response.body()).getJsonWebKeys());
            return keys;
        } catch (JoseException e) {
            throw ServiceRegistryRefused.untrusted("The service registry's JWKS " + uri + " is not a key set.");
        }
    }
}
