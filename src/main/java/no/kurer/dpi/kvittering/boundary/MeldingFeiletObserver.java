package no.kurer.dpi.kvittering.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.kurer.dpi.forwarding.entity.MeldingFeilet;
import no.kurer.dpi.kvittering.control.FeilKvitteringer;

/** When forwarding gives up on a message (after its FEILET is committed), the sender gets Kurer's {@code feil} receipt. */
@ApplicationScoped
public class MeldingFeiletObserver {

    private static final Logger LOG = Logger.getLogger(MeldingFeiletObserver.class.getName());

    @Inject
    FeilKvitteringer feil;

    void onFailed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeldingFeilet failed) {
        try {
            if (feil.issue(failed.meldingsid(), failed.reason()).isEmpty()) {
                LOG.warning(() -> "No feil receipt for unknown message " + failed.meldingsid());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not issue the feil receipt for message " + failed.meldingsid()
                    + " (conversation " + failed.conversationId() + ")", e);
        }
    }
}
