package no.kurer.dpi.forwarding.control;

import java.nio.file.Path;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.forwarding.entity.Route;

/** Carries a message and its package to a corner 3. REST first; PEPPOL AS4 can take its place. */
public interface Transport {

    /**
     * Returns normally once corner 3 has accepted both (or says it already has them).
     *
     * @param pakke the stored dokumentpakke, streamed, never read whole into memory
     * @throws ForwardingFailed when it has not
     */
    void forward(Melding melding, Route route, Path pakke);
}
