package no.kurer.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DetailsTest {

    @Test
    void aDetailNamesNoJavaClass() {
        assertEquals(
                "The forretningsmelding is not a readable JWS: Parsing error: Unexpected character (a) at position 0.",
                Details.withoutClassNames(
                        "The forretningsmelding is not a readable JWS: Parsing error: "
                                + "org.jose4j.json.internal.json_simple.parser.ParseException: Unexpected character (a) at position 0."));
        assertEquals("bad: the reason", Details.withoutClassNames("bad: IllegalArgumentException: the reason"));
        assertEquals(
                "arkivmelding.xml at https://maskinporten.no/ stays",
                Details.withoutClassNames("arkivmelding.xml at https://maskinporten.no/ stays"));
    }

    @Test
    void aJsonReasonIsOneLineWithLineAndColumn() {
        JsonProcessingException e =
                assertThrows(JsonProcessingException.class, () -> new ObjectMapper().readTree("{\n  \"a\": [1,\n"));
        String reason = Details.json(e);
        assertEquals(-1, reason.indexOf('\n'), reason);
        assertEquals(
                true,
                reason.endsWith("(line 3, column 1)") || reason.matches(".*\\(line \\d+, column \\d+\\)"),
                reason);
        assertEquals(-1, reason.indexOf("[Source"), reason);
    }
}
