package no.kurer.nextmove;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import no.kurer.testsupport.Corner1;

/** Compares the field names of a real answer with a recorded example ({@code src/test/resources/nextmove/}). */
final class Shapes {

    private Shapes() {}

    static JsonNode recorded(String name) {
        try (InputStream in = Shapes.class.getResourceAsStream("/nextmove/" + name)) {
            return Corner1.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every object in the answer has the recorded object's fields, names for names, down to {@code depth}. */
    static void assertSameFields(JsonNode recorded, JsonNode actual, String where, int depth) {
        assertEquals(names(recorded), names(actual), where);
        if (depth == 0) {
            return;
        }
        recorded.fieldNames().forEachRemaining(name -> {
            JsonNode expected = recorded.get(name);
            JsonNode real = actual.get(name);
            if (expected.isArray() && !expected.isEmpty() && real.isArray() && !real.isEmpty()) {
                expected = expected.get(0);
                real = real.get(0);
            }
            if (expected.isObject()) {
                assertSameFields(expected, real, where + "." + name, depth - 1);
            }
        });
    }

    static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
