package no.kurer.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminJsonTest {

    @Test
    void inputIsAnObjectOfStringsAndARefusalSaysWhereItWentWrong() {
        assertEquals(Map.of("orgno", "991825827"), AdminJson.input("{\"orgno\":\"991825827\"}"));
        assertEquals(Map.of(), AdminJson.input(""));
        String syntax = assertThrows(UnreadableInput.class, () -> AdminJson.input("{\"orgno\":"))
                .detail();
        assertTrue(syntax.contains("(line 1, column"), syntax);
        String shape = assertThrows(UnreadableInput.class, () -> AdminJson.input("{\"orgno\":[1]}"))
                .detail();
        assertTrue(shape.contains("'orgno' is not a string"), shape);
        String array =
                assertThrows(UnreadableInput.class, () -> AdminJson.input("[]")).detail();
        assertTrue(array.contains("not an object"), array);
        for (String detail : new String[] {syntax, shape, array}) {
            assertTrue(!detail.contains("java.") && !detail.contains("Exception") && !detail.contains("\n"), detail);
        }
    }
}
