package no.kurer.dpi.kvittering.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.kurer.dpi.forwarding.entity.MeldingFeilet;
import no.kurer.dpi.kvittering.control.FeilKvitteringer;
import no.kurer.problems.Problem;

/**
 * When forwarding gives up on a message, the sender gets Kurer's {@code feil} receipt. Observed inside the transaction
 * that records FEILET, so status and receipt commit together. If Kurer cannot sign (no enterprise key configured), the
 * failure is logged and FEILET still commits: the sender then sees it in the statuses only.
 */
@ApplicationScoped
public class MeldingFeiletObserver {

    private static final Logger LOG = Logger.getLogger(MeldingFeiletObserver.class.getName());

    @Inject
    FeilKvitteringer feil;

    void onFailed(@Observes MeldingFeilet failed) {
        try {
            if (feil.issue(failed.meldingsid(), failed.reason()).isEmpty()) {
                LOG.warning(() -> "No feil receipt for unknown message " + failed.meldingsid());
            }
        } catch (IllegalStateException | Problem cannotSign) {
            LOG.log(
                    Level.SEVERE,
                    "Could not issue the feil receipt for message " + failed.meldingsid() + " (conversation "
                            + failed.conversationId() + ")",
                    cannotSign);
        }
    }
}
