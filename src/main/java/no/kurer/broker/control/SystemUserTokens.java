package no.kurer.broker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import no.kurer.altinn.control.AltinnTokens;
import no.kurer.configuration.Key;
import no.kurer.configuration.Settings;
import no.kurer.maskinporten.control.AccessTokens;
import no.kurer.maskinporten.entity.SystemUserReference;
import no.kurer.maskinporten.entity.TokenRequest;
import no.kurer.systemuser.control.SystemUserSettings;
import no.kurer.systemuser.control.SystemUsers;

/**
 * Tokens for an organisation's system user ({@link SystemUsers#forOrganisation}): a Maskinporten grant with
 * {@code authorization_details} {@code urn:altinn:systemuser} and the broker scopes, exchanged for an Altinn token
 * unless {@code broker.altinn-token=false} (the broker takes either).
 */
@ApplicationScoped
public class SystemUserTokens implements BrokerTokens {

    public static final Key<String> ORG = SystemUserSettings.ORG;
    public static final Key<String> EXTERNAL_REF = SystemUserSettings.EXTERNAL_REF;
    public static final Key<Boolean> ALTINN_TOKEN = Key.flag("broker.altinn-token", true);

    @Inject
    Settings settings;

    @Inject
    AccessTokens maskinporten;

    @Inject
    AltinnTokens altinn;

    @Inject
    SystemUsers systemUsers;

    @Override
    public String token(String orgno) {
        SystemUserReference user = systemUsers.forOrganisation(orgno).orElseThrow(() -> new NoSystemUserFor(orgno));
        TokenRequest request = request(user.orgno(), user.externalRef());
        return settings.get(ALTINN_TOKEN) ? altinn.altinnToken(request) : maskinporten.accessToken(request);
    }

    static TokenRequest request(String orgno, String externalRef) {
        return new TokenRequest(
                Set.of(SCOPES.split(" ")),
                null,
                List.of(new SystemUserReference(orgno, externalRef).authorizationDetail()));
    }
}
