package no.kurer.sandbox.c3.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FaultsTest {

    @Test
    void startupDefaultsRefuseThatManyThenResetClearsEverything() {
        var cut = new Faults(1, 250);

        assertThrows(RefusedByFaultMode.class, cut::refuseIfAsked);
        assertDoesNotThrow(cut::refuseIfAsked);

        cut.set(3, 100);
        cut.reset();
        assertEquals(0, cut.refusalsLeft());
        assertEquals(0, cut.delayMillis());
        assertDoesNotThrow(cut::refuseIfAsked);
    }

    @Test
    void negativeValuesAreRefused() {
        var cut = new Faults(0, 0);

        assertThrows(IllegalArgumentException.class, () -> cut.set(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> cut.set(0, -5));
    }
}
