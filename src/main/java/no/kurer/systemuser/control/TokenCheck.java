package no.kurer.systemuser.control;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.kurer.maskinporten.control.AccessTokens;
import no.kurer.maskinporten.entity.SystemUserReference;
import no.kurer.maskinporten.entity.TokenRequest;
import no.kurer.systemuser.entity.OnboardingStatus;
import no.kurer.systemuser.entity.Registration;

/**
 * Proves an accepted onboarding works: Kurer asks Maskinporten for a system user token for it (scope
 * {@code systemuser.token-check.scope}) and answers the token's claims that say who it acts for
 * ({@code consumer}, {@code scope}, {@code authorization_details}), never the token itself.
 */
@ApplicationScoped
public class TokenCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Onboarding onboarding;

    @Inject
    AccessTokens maskinporten;

    @Inject
    SystemUserSettings settings;

    public Map<String, Object> check(long id) {
        Registration registration = onboarding.find(id);
        if (registration.status() != OnboardingStatus.ACCEPTED) {
            throw new NotApproved(id, registration.status().label());
        }
        SystemUserReference user = new SystemUserReference(registration.partyOrgno(), registration.externalRef());
        String token = maskinporten.accessToken(
                new TokenRequest(settings.tokenCheckScopes(), null, List.of(user.authorizationDetail())));
        Map<String, Object> claims = payload(token);
        return Map.of(
                "consumer",
                claims.getOrDefault("consumer", Map.of()),
                "scope",
                claims.getOrDefault("scope", ""),
                "authorization_details",
                claims.getOrDefault("authorization_details", List.of()));
    }

    private static Map<String, Object> payload(String jwt) {
        try {
            return JSON.readValue(
                    Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), new TypeReference<Map<String, Object>>() {});
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Maskinporten answered a token Kurer cannot read", e);
        }
    }
}
