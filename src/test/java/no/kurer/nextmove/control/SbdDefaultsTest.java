package no.kurer.nextmove.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SbdDefaultsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void theConversationScopeGetsAUuidAndAnExpectedResponse24HoursAhead() throws Exception {
        JsonNode scope = scope(SbdDefaults.complete(sbd("arkivmelding", "{\"type\":\"ConversationId\"}"), CLOCK));
        UUID.fromString(scope.path("instanceIdentifier").asText());
        assertEquals(
                "2026-12-03T10:00Z",
                scope.path("scopeInformation")
                        .path(0)
                        .path("expectedResponseDateTime")
                        .asText());
    }

    @Test
    void whatTheSystemGaveIsKept() throws Exception {
        String given = "{\"type\":\"ConversationId\",\"instanceIdentifier\":\"c-1\",\"scopeInformation\":"
                + "[{\"expectedResponseDateTime\":\"2027-01-01T00:00:00+01:00\"}]}";
        JsonNode scope = scope(SbdDefaults.complete(sbd("arkivmelding", given), CLOCK));
        assertEquals("c-1", scope.path("instanceIdentifier").asText());
        assertEquals(1, scope.path("scopeInformation").size());
        assertEquals(
                "2027-01-01T00:00:00+01:00",
                scope.path("scopeInformation")
                        .path(0)
                        .path("expectedResponseDateTime")
                        .asText());
    }

    @Test
    void aMissingBusinessScopeGetsAConversationScope() throws Exception {
        String json = "{\"standardBusinessDocumentHeader\":{\"documentIdentification\":{\"type\":\"arkivmelding\"}}}";
        JsonNode scope = scope(SbdDefaults.complete(json, CLOCK));
        assertEquals("ConversationId", scope.path("type").asText());
        UUID.fromString(scope.path("instanceIdentifier").asText());
    }

    @Test
    void anUnknownTypeIsRefused() {
        UnknownDocumentType refused = assertThrows(
                UnknownDocumentType.class,
                () -> SbdDefaults.complete(sbd("brevmelding", "{\"type\":\"ConversationId\"}"), CLOCK));
        assertEquals(400, refused.status());
    }

    @Test
    void textThatIsNoSbdIsLeftForTheOutboxToRefuse() {
        assertEquals("not json", SbdDefaults.complete("not json", CLOCK));
        assertEquals("[1]", SbdDefaults.complete("[1]", CLOCK));
    }

    private static String sbd(String type, String scope) {
        return "{\"standardBusinessDocumentHeader\":{\"documentIdentification\":{\"type\":\"" + type + "\"},"
                + "\"businessScope\":{\"scope\":[" + scope + "]}},\"" + type + "\":{}}";
    }

    private static JsonNode scope(String json) throws Exception {
        return new ObjectMapper()
                .readTree(json)
                .path("standardBusinessDocumentHeader")
                .path("businessScope")
                .path("scope")
                .path(0);
    }
}
