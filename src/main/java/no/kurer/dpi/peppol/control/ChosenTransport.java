package no.kurer.dpi.peppol.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.forwarding.control.Corner3Transport;
import no.kurer.dpi.forwarding.control.Transport;
import no.kurer.dpi.forwarding.entity.Route;
import no.kurer.metrics.control.Meters;

/**
 * The application's {@link Transport} (an alternative enabled by priority, in place of forwarding's
 * {@link Corner3Transport}): AS4 for receivers {@link PeppolSettings#transport} puts on AS4, otherwise that REST
 * transport.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ChosenTransport implements Transport {

    @Inject
    PeppolSettings settings;

    @Inject
    Corner3Transport rest;

    @Inject
    Peppol peppol;

    private Transport as4;

    @Override
    public void forward(Melding melding, Route route, Path pakke) {
        PeppolSettings.Kind kind = settings.transport(melding.receiver());
        Transport chosen = kind == PeppolSettings.Kind.AS4 ? as4() : rest;
        Meters.forwardAttempt(melding.receiver(), kind.name(), () -> chosen.forward(melding, route, pakke));
    }

    private synchronized Transport as4() {
        if (as4 == null) {
            as4 = peppol.transport();
        }
        return as4;
    }
}
