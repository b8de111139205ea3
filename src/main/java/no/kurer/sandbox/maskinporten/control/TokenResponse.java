package no.kurer.sandbox.maskinporten.control;

import java.util.LinkedHashMap;
import java.util.Map;

/** A successful token response, as Maskinporten writes it. */
public record TokenResponse(String accessToken, long expiresIn, String scope) {

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("access_token", accessToken);
        json.put("token_type", "Bearer");
        json.put("expires_in", expiresIn);
        json.put("scope", scope);
        return json;
    }
}
