package no.kurer.dpi.kvittering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.kurer.dpi.control.Meldinger;
import no.kurer.dpi.kvittering.entity.Caller;

/**
 * Receipts back to the sender (seed 003, "Kvitteringer"): only the sender of the conversation, or the data
 * processor that sent it for that sender, sees them. Anyone else learns nothing: the answer is the same 404 as for a
 * conversation that does not exist.
 */
@ApplicationScoped
public class KvitteringReading {

    @Inject
    Meldinger meldinger;

    @Inject
    Kvitteringer kvitteringer;

    /** @param avsenderidentifikator the sub-unit the message was sent as, or {@code null} for any */
    public List<KvitteringView> forConversation(Caller caller, String conversationId, String avsenderidentifikator) {
        if (!meldinger.sentIn(conversationId, caller.consumer(), caller.supplier(), avsenderidentifikator)) {
            throw new UnknownConversation(conversationId);
        }
        return kvitteringer.forConversation(caller, conversationId, avsenderidentifikator).stream()
                .map(KvitteringView::of)
                .toList();
    }
}
