package no.kurer.dpi.messages.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import no.kurer.dpi.control.Meldinger;
import no.kurer.dpi.control.UnknownMelding;
import no.kurer.dpi.control.intake.Intake;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.kvittering.entity.Caller;
import no.kurer.maskinporten.entity.MaskinportenToken;

/** Sending through Digdir's production C2 API: the same intake and store as the seed's API, plus the channel. */
@ApplicationScoped
public class MessagesOut {

    @Inject
    Intake intake;

    @Inject
    Meldinger meldinger;

    public Melding send(MaskinportenToken token, String kanal, String jws, String mediaType, InputStream pakke) {
        return intake.acceptWhole(token, jws, mediaType, pakke, Kanal.normalize(kanal));
    }

    /** The message's status history, oldest first; only its sender (or the processor that sent it) sees it. */
    public List<StatusView> statuses(Caller caller, String meldingsid) {
        Melding melding = meldinger
                .find(meldingsid)
                .filter(m -> caller.mayRead(m.avsender(), m.databehandler()))
                .filter(m -> !m.isPurged())
                .orElseThrow(() -> new UnknownMelding(meldingsid));
        return meldinger.history(melding.meldingsid()).stream()
                .map(StatusView::of)
                .toList();
    }
}
