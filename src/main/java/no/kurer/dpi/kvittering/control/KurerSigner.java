package no.kurer.dpi.kvittering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.kurer.maskinporten.control.EnterpriseKeystore;
import no.kurer.maskinporten.control.KurerKeys;

/**
 * Kurer's own enterprise certificate ({@code maskinporten.keystore.*}, through {@link KurerKeys}) as a
 * {@link KvitteringSigner}; a replaced certificate is picked up without a redeploy.
 */
@ApplicationScoped
public class KurerSigner implements KvitteringSigner {

    @Inject
    KurerKeys keys;

    @Override
    public String orgno() {
        return keys.enterpriseKeystore().orgno();
    }

    @Override
    public String sign(String payloadJson) {
        EnterpriseKeystore keystore = keys.enterpriseKeystore();
        return new JwsSigner(keystore.privateKey(), keystore.chain(), keystore.orgno()).sign(payloadJson);
    }
}
