package no.kurer.dpi.boundary;

import java.time.OffsetDateTime;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.entity.MeldingSummary;

/** What Kurer answers when it has durably stored a step of a send. */
public record Receipt(String meldingsid, String conversationId, String state, OffsetDateTime received) {

    static Receipt of(Melding melding) {
        return of(melding.summary());
    }

    static Receipt of(MeldingSummary melding) {
        return new Receipt(
                melding.meldingsid(), melding.conversationId(), melding.state().name(), melding.created());
    }
}
