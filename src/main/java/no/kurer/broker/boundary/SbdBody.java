package no.kurer.broker.boundary;

import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import no.kurer.broker.control.InvalidSbd;
import no.kurer.broker.control.SbdTooLarge;
import no.kurer.broker.control.StandardBusinessDocuments;

/**
 * The body of a new outgoing message as text: read up to {@link StandardBusinessDocuments#MAX_BYTES} and no further,
 * decoded strictly in the charset of its {@code Content-Type} (UTF-8 when none is named).
 */
public final class SbdBody {

    private SbdBody() {}

    /** @throws SbdTooLarge past the limit, InvalidSbd if the bytes are not text in that charset */
    public static String read(InputStream body, MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        Charset charset = name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        byte[] bytes;
        try {
            bytes = body.readNBytes(StandardBusinessDocuments.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request", e);
        }
        if (bytes.length > StandardBusinessDocuments.MAX_BYTES) {
            throw new SbdTooLarge();
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidSbd("The body is not " + charset.name() + " text.");
        }
    }
}
