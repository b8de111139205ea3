package no.kurer.dpi.boundary;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import no.kurer.dpi.control.forretningsmelding.CompactJws;
import no.kurer.dpi.control.forretningsmelding.UnreadableBody;
import no.kurer.dpi.control.intake.MissingPart;

/**
 * A send as one multipart request (seed 003's one-call form and Digdir's {@code POST /messages/out}): the parts
 * {@code forretningsmelding} (read, bounded) and {@code dokumentpakke} (streamed when used).
 */
public record MultipartSend(String forretningsmelding, EntityPart dokumentpakke) {

    public static MultipartSend of(EntityPart forretningsmelding, EntityPart dokumentpakke) {
        if (forretningsmelding == null || dokumentpakke == null) {
            throw new MissingPart();
        }
        return new MultipartSend(
                CompactJws.read(forretningsmelding.getContent(), type(forretningsmelding)), dokumentpakke);
    }

    /** The package's declared media type, or null when the part has none. */
    public String dokumentpakkeType() {
        return type(dokumentpakke);
    }

    /** Hands the package stream to {@code use} and closes it afterwards. */
    public <T> T withDokumentpakke(Function<InputStream, T> use) {
        try (InputStream pakke = dokumentpakke.getContent()) {
            return use.apply(pakke);
        } catch (IOException e) {
            throw new UnreadableBody();
        }
    }

    private static String type(EntityPart part) {
        return part.getMediaType() == null ? null : part.getMediaType().toString();
    }
}
