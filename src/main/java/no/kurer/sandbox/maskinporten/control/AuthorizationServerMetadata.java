package no.kurer.sandbox.maskinporten.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code {issuer}.well-known/oauth-authorization-server} (RFC 8414), as Maskinporten publishes it. */
public final class AuthorizationServerMetadata {

    private AuthorizationServerMetadata() {}

    public static Map<String, Object> of(String issuer) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer);
        metadata.put("token_endpoint", issuer + "token");
        metadata.put("jwks_uri", issuer + "jwk");
        metadata.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        metadata.put("grant_types_supported", List.of(TokenEndpoint.JWT_BEARER));
        metadata.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS256", "RS384", "RS512"));
        return metadata;
    }
}
