package no.kurer.dpi.forwarding.control;

import java.util.Optional;
import no.kurer.dpi.forwarding.entity.Route;

/**
 * Which corner 3 serves a receiver (the mailbox or print provider's orgno) for a process. The first implementation
 * reads configured routes; a PEPPOL SMP lookup can take its place.
 */
public interface Routing {

    /**
     * @param receiverOrgno the SBDH receiver, nine digits without the ISO 6523 prefix
     * @param process the SBDH process identifier, or {@code null}
     * @throws NoRoute when a route is configured but unusable
     */
    Optional<Route> route(String receiverOrgno, String process);
}
