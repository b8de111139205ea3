package no.kurer.sandbox.registry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import no.kurer.sandbox.boundary.Sandbox;
import no.kurer.sandbox.c3.control.BearerTokenVerifier;
import no.kurer.sandbox.ca.control.Pem;
import no.kurer.sandbox.registry.control.RegistryFaults;
import no.kurer.sandbox.registry.control.RegistrySigner;
import no.kurer.sandbox.registry.control.ServiceRecordFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stand-in's parts, made on first use: its signing key (the kept sandbox identity of Digdir, {@value
 * ServiceRecordFactory#DIGDIR_ORGNO}), its records and its faults.
 */
@ApplicationScoped
public class ServiceRegistry {

    /** The scope Digdir's registry takes for DPO lookups. */
    static final String SCOPE = "eformidling:dpo";

    @Inject
    Sandbox sandbox;

    @Inject
    @ConfigProperty(name = "broker.resource-id", defaultValue = "eformidling-dpo-meldingsutveksling")
    String dpoResource;

    private final RegistryFaults faults = new RegistryFaults();
    private RegistrySigner signer;
    private BearerTokenVerifier tokens;

    public RegistryFaults faults() {
        return faults;
    }

    public synchronized RegistrySigner signer() {
        if (signer == null) {
            var identity = sandbox.ca().persistentIdentity(ServiceRecordFactory.DIGDIR_ORGNO, "Sandbox Digdir");
            signer = RegistrySigner.of(identity.certificate(), identity.privateKey());
        }
        return signer;
    }

    public synchronized BearerTokenVerifier tokens() {
        if (tokens == null) {
            tokens = new BearerTokenVerifier(
                    sandbox.signingKey().key().getPublicKey(), sandbox.maskinportenIssuer(), SCOPE, Clock.systemUTC());
        }
        return tokens;
    }

    public ServiceRecordFactory records() {
        return new ServiceRecordFactory(this::certificate, dpoResource);
    }

    private Optional<String> certificate(String orgno) {
        return sandbox.ca().keptIdentity(orgno).map(identity -> Pem.certificate(identity.certificate()));
    }
}
