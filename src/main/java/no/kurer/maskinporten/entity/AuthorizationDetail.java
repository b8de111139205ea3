package no.kurer.maskinporten.entity;

import java.util.Map;

/**
 * One entry of a token's {@code authorization_details}: its {@code type} and every other member as parsed JSON
 * (String, Number, Boolean, List, Map). Types Kurer reads: {@code urn:altinn:systemuser} and {@code urn:altinn:samtykke}.
 */
public record AuthorizationDetail(String type, Map<String, Object> claims) {

    public static final String SYSTEM_USER = "urn:altinn:systemuser";
    public static final String SAMTYKKE = "urn:altinn:samtykke";

    public AuthorizationDetail {
        claims = Map.copyOf(claims);
    }
}
