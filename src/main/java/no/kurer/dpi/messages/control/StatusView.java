package no.kurer.dpi.messages.control;

import java.time.format.DateTimeFormatter;
import no.kurer.dpi.entity.MeldingStatus;

/** One status of {@code GET /dpi/messages/out/{id}/statuses}, as Digdir's {@code status} schema has it. */
public record StatusView(String status, String timestamp, String beskrivelse) {

    public static StatusView of(MeldingStatus s) {
        return new StatusView(
                s.status().name(), s.occurred().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), s.description());
    }
}
