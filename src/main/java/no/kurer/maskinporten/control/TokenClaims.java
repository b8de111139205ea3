package no.kurer.maskinporten.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kurer.maskinporten.entity.AuthorizationDetail;
import no.kurer.maskinporten.entity.Organisation;

/** Reads Maskinporten's own claims ({@code consumer}, {@code scope}, {@code authorization_details}, …) from a verified payload. */
class TokenClaims {

    private final Map<String, Object> claims;

    TokenClaims(Map<String, Object> claims) {
        this.claims = claims;
    }

    String optionalString(String name) {
        Object value = claims.get(name);
        if (value != null && !(value instanceof String)) {
            throw new InvalidToken("token claim '" + name + "' is not a string");
        }
        return (String) value;
    }

    Set<String> scopes() {
        String scope = optionalString("scope");
        Set<String> scopes = new LinkedHashSet<>();
        if (scope != null) {
            for (String s : scope.trim().split(" +")) {
                if (!s.isEmpty()) {
                    scopes.add(s);
                }
            }
        }
        return scopes;
    }

    /**
     * {@code {"authority": "iso6523-actorid-upis", "ID": "0192:…"}}, or {@code null} when absent.
     * Seed 003 and Digdir's DPI examples spell the first member {@code Authority}, so both spellings are read.
     */
    Organisation organisation(String name) {
        Object value = claims.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map
                && (map.containsKey("authority") ? map.get("authority") : map.get("Authority"))
                        instanceof String authority
                && map.get("ID") instanceof String id
                && !id.isBlank()
                && !authority.isBlank()) {
            return new Organisation(authority, id);
        }
        throw new InvalidToken("token claim '" + name + "' is not an organisation {authority, ID}");
    }

    List<AuthorizationDetail> authorizationDetails() {
        Object value = claims.get("authorization_details");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidToken("token claim 'authorization_details' is not an array");
        }
        List<AuthorizationDetail> details = new ArrayList<>();
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> map) || !(map.get("type") instanceof String type)) {
                throw new InvalidToken("token claim 'authorization_details' has an entry without a type");
            }
            Map<String, Object> members = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (!"type".equals(k) && v != null) {
                    members.put((String) k, frozen(v));
                }
            });
            details.add(new AuthorizationDetail(type, members));
        }
        return details;
    }

    /** Parsed JSON made read-only all the way down, so no caller can alter a validated token. */
    private static Object frozen(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, frozen(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(frozen(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
