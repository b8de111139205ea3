package no.kurer.nextmove.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.nextmove.control.MessageSearch;

/** The JSON the NextMove API answers with: a message as its standard business document, a list as a {@link Page}. */
final class Sbds {

    static final ObjectMapper JSON = new ObjectMapper();

    private Sbds() {}

    static JsonNode sbd(DpoMessage message) {
        try {
            return JSON.readTree(message.sbd());
        } catch (IOException e) {
            throw new UncheckedIOException("stored SBD of " + message.messageId() + " is not JSON", e);
        }
    }

    static String write(DpoMessage message) {
        return message.sbd();
    }

    static String page(MessageSearch.Found found, Paging paging) {
        Page page = new Page(found.messages().stream().map(Sbds::sbd).toList(), paging, found.total());
        try {
            return JSON.writeValueAsString(page.json());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }
}
