package no.kurer.nextmove.boundary;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import no.kurer.broker.boundary.SbdBody;
import no.kurer.broker.control.InvalidFileName;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.nextmove.control.MissingSbdPart;
import no.kurer.nextmove.control.OutgoingMessages;

/**
 * {@code POST /api/messages/out/multipart}: the part {@code sbd} creates the message, every other part is a file whose
 * part filename is its name in the ASiC-E (the part name is its title). Each file is streamed to the file store as
 * the server hands it over; there is no per-part limit. When a file is refused the message is deleted again, so a
 * refused request leaves nothing behind.
 */
final class MultipartMessage {

    static final String SBD_PART = "sbd";

    private final OutgoingMessages out;
    private final List<EntityPart> parts;
    private final Set<String> senders;

    MultipartMessage(OutgoingMessages out, List<EntityPart> parts, Set<String> senders) {
        this.out = out;
        this.parts = parts == null ? List.of() : parts;
        this.senders = senders;
    }

    /** @throws MissingSbdPart, InvalidFileName, and what create and upload throw */
    DpoMessage create() {
        EntityPart sbd = parts.stream()
                .filter(p -> SBD_PART.equals(p.getName()))
                .findFirst()
                .orElseThrow(MissingSbdPart::new);
        DpoMessage message;
        try (InputStream json = sbd.getContent()) {
            message = out.create(SbdBody.read(json, sbd.getMediaType()), senders);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the part sbd", e);
        }
        try {
            for (EntityPart part : parts) {
                if (part != sbd) {
                    upload(message.messageId(), part);
                }
            }
        } catch (RuntimeException refused) {
            out.delete(message.messageId(), senders);
            throw refused;
        }
        return out.find(message.messageId(), senders);
    }

    private void upload(String messageId, EntityPart part) {
        String name = part.getFileName()
                .filter(n -> !n.isBlank())
                .orElseThrow(() -> new InvalidFileName("The part '" + part.getName() + "' has no filename: give each "
                        + "file part Content-Disposition: form-data; name=\"<title>\"; filename=\"<name>\"."));
        try (InputStream content = part.getContent()) {
            out.upload(messageId, name, content, senders);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the part " + part.getName(), e);
        }
    }
}
