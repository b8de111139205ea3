package no.kurer.dpi.kvittering.control;

import java.time.format.DateTimeFormatter;
import no.kurer.dpi.kvittering.entity.Kvittering;

/**
 * One receipt as {@code GET /dpi/kvittering/…} returns it.
 *
 * @param type the receipt type, e.g. {@code leveringskvittering}
 * @param tidspunkt when Kurer received it, ISO-8601 with offset
 * @param kvittering the signed receipt (compact JWS) exactly as received
 */
public record KvitteringView(String type, String tidspunkt, String kvittering) {

    public static KvitteringView of(Kvittering k) {
        return new KvitteringView(
                k.type(), k.received().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), k.kvittering());
    }
}
