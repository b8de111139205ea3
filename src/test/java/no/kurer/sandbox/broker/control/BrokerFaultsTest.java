package no.kurer.sandbox.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BrokerFaultsTest {

    @Test
    void answers503ForEveryCallAtRateOneAndNoneAtZero() {
        BrokerFaults cut = new BrokerFaults(1.0, 0);
        assertEquals(503, assertThrows(BrokerRefusal.class, cut::beforeCall).status());
        cut.set(Map.of("failureRate", 0));
        cut.beforeCall();
        assertEquals(1, cut.describe().get("injected503"));
    }

    @Test
    void dropsOnlyTheNumberOfDownloadsAskedFor() {
        BrokerFaults cut = new BrokerFaults(0, 0);
        cut.set(Map.of("dropDownloads", 2, "dropAfterBytes", 10));
        assertEquals(10, cut.dropPoint());
        assertEquals(10, cut.dropPoint());
        assertEquals(-1, cut.dropPoint());
    }
}
