package no.kurer.dpi.messages.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Digdir's channel rules and the paging of incoming messages. */
class KanalTest {

    @Test
    void channelIsCaseInsensitive() {
        assertEquals("minkanal", Kanal.normalize("MINKANAL"));
        assertEquals(Kanal.normalize("minkanal"), Kanal.normalize("MinKanal"));
        assertEquals("a_b-9", Kanal.normalize("a_B-9"));
        assertNull(Kanal.normalize(null));
        assertNull(Kanal.normalize(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"min kanal", "blåbær", "a.b", "abcdefghijklmnopqrstuvwxyz123"})
    void channelOutsideTheRulesIsRefused(String kanal) {
        assertThrows(InvalidKanal.class, () -> Kanal.normalize(kanal));
    }

    @Test
    void pagingDefaultsAndLimits() {
        assertEquals(new Page(0, Page.DEFAULT_SIZE), Page.of(null, null));
        assertEquals(new Page(2, 10), Page.of("2", "10"));
        assertThrows(InvalidPaging.class, () -> Page.of("-1", null));
        assertThrows(InvalidPaging.class, () -> Page.of(null, "0"));
        assertThrows(InvalidPaging.class, () -> Page.of(null, "1001"));
        assertThrows(InvalidPaging.class, () -> Page.of("x", null));
    }
}
