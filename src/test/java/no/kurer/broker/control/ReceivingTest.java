package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.kurer.broker.control.IncomingTransfers.Taken;
import org.junit.jupiter.api.Test;

class ReceivingTest {

    @Test
    void oneOrganisationsBacklogDoesNotMakeAnothersFileWaitForIt() {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("311000001", IntStream.range(0, 100).mapToObj(i -> "a" + i).toList());
        pages.put("311000002", List.of("b0"));
        pages.put("311000003", List.of("c0", "c1"));

        List<Taken> order = Receiving.inTurn(pages);

        assertEquals(103, order.size());
        assertEquals(
                List.of(
                        new Taken("a0", "311000001"),
                        new Taken("b0", "311000002"),
                        new Taken("c0", "311000003"),
                        new Taken("a1", "311000001"),
                        new Taken("c1", "311000003"),
                        new Taken("a2", "311000001")),
                order.subList(0, 6));
        assertEquals(new Taken("a99", "311000001"), order.get(102));
    }

    @Test
    void noPagesTakeNothing() {
        assertEquals(List.of(), Receiving.inTurn(Map.of("311000001", List.of())));
    }
}
