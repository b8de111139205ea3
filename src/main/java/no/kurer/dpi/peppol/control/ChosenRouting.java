package no.kurer.dpi.peppol.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import no.kurer.configuration.InvalidConfiguration;
import no.kurer.dpi.forwarding.control.ConfiguredRouting;
import no.kurer.dpi.forwarding.control.NoRoute;
import no.kurer.dpi.forwarding.control.Routing;
import no.kurer.dpi.forwarding.entity.Route;

/**
 * The application's {@link Routing} (an alternative enabled by priority, so forwarding is unchanged): receivers on AS4
 * are looked up in the SMP, the others keep the configured {@code dpi.route.<orgno>}.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ChosenRouting implements Routing {

    @Inject
    ConfiguredRouting configured;

    @Inject
    PeppolSettings settings;

    @Inject
    Peppol peppol;

    @Override
    public Optional<Route> route(String receiverOrgno, String process) {
        PeppolSettings.Kind kind;
        try {
            kind = settings.transport(receiverOrgno);
        } catch (InvalidConfiguration e) {
            throw new NoRoute(receiverOrgno, e.getMessage());
        }
        if (kind == PeppolSettings.Kind.REST) {
            return configured.route(receiverOrgno, process);
        }
        SmpRouting smp;
        try {
            smp = peppol.routing();
        } catch (RuntimeException e) {
            throw new NoRoute(
                    receiverOrgno,
                    "the SMP lookup is not configured: "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return smp.route(receiverOrgno, process);
    }
}
