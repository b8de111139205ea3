package no.kurer.dpi.messages.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import no.kurer.dpi.kvittering.control.Kvitteringer;
import no.kurer.dpi.kvittering.control.UnknownKvittering;
import no.kurer.dpi.kvittering.entity.Caller;
import no.kurer.dpi.kvittering.entity.Kvittering;

/**
 * Incoming messages of Digdir's production C2 API: the caller's receipts, by their own meldingsid (SBDH
 * instanceIdentifier). Read ones drop out of the list; another sender's are as unknown as ids never used.
 */
@ApplicationScoped
public class MessagesIn {

    @Inject
    Kvitteringer kvitteringer;

    /** @param downloadUrl the address of {@code GET /dpi/messages/in/{id}} for an id */
    public List<InMessage> unread(
            Caller caller,
            String avsenderidentifikator,
            String kanal,
            Page page,
            Function<String, String> downloadUrl) {
        String channel = Kanal.normalize(kanal);
        String sub = avsenderidentifikator == null || avsenderidentifikator.isEmpty() ? null : avsenderidentifikator;
        return kvitteringer.unread(caller, sub, channel, page.number(), page.size()).stream()
                .map(k -> new InMessage(k.kvittering(), downloadUrl.apply(k.meldingsid())))
                .toList();
    }

    public Kvittering one(Caller caller, String id) {
        return kvitteringer.find(caller, id).orElseThrow(() -> new UnknownKvittering(id));
    }

    public void read(Caller caller, String id) {
        if (!kvitteringer.markRead(caller, id)) {
            throw new UnknownKvittering(id);
        }
    }
}
