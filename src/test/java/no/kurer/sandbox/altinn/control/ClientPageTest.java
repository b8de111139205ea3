package no.kurer.sandbox.altinn.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import no.kurer.sandbox.altinn.entity.ClientDelegation;
import org.junit.jupiter.api.Test;

/** The sandbox serves an agent's clients in pages, each naming the next until the last. */
class ClientPageTest {

    final List<ClientDelegation> seven = IntStream.rangeClosed(1, 7)
            .mapToObj(i -> new ClientDelegation("agent-1", "31000000" + i, "2026-01-05T10:00:00Z"))
            .toList();

    @Test
    void withoutAPageSizeEveryClientIsOnOnePageWithNoNext() {
        ClientPage only = ClientPage.of(seven, null, null);

        assertEquals(seven, only.clients());
        assertNull(only.next());
    }

    @Test
    void pagesOfThreeNameTheNextUntilTheLastAndTogetherHoldEveryClientOnce() {
        ClientPage first = ClientPage.of(seven, null, "3");
        ClientPage second = ClientPage.of(seven, String.valueOf(first.next()), "3");
        ClientPage third = ClientPage.of(seven, String.valueOf(second.next()), "3");

        assertEquals(2, first.next());
        assertEquals(3, second.next());
        assertNull(third.next(), "the last page names no next");
        assertEquals(List.of("310000007"), orgnos(third));
        assertEquals(
                orgnos(new ClientPage(seven, null)),
                List.of(first, second, third).stream()
                        .flatMap(p -> orgnos(p).stream())
                        .toList());
    }

    @Test
    void theNextLinkIsTheAddressAskedWithTheFollowingPage() {
        String clients = "http://localhost:8080/kurer/sandbox/altinn/authentication/api/v1/enduser/systemuser/clients";

        assertEquals(
                clients + "?agent=a1&pageSize=3&page=2",
                ClientPage.of(seven, null, "3").nextLink(URI.create(clients + "?agent=a1&pageSize=3")));
        assertEquals(
                clients + "?agent=a1&pageSize=3&page=3",
                ClientPage.of(seven, "2", "3").nextLink(URI.create(clients + "?agent=a1&page=2&pageSize=3")));
        assertNull(ClientPage.of(seven, "3", "3").nextLink(URI.create(clients + "?agent=a1&page=3&pageSize=3")));
    }

    @Test
    void aFullLastPageNamesNoNextAndAPagePastTheEndIsEmpty() {
        assertNull(ClientPage.of(seven.subList(0, 6), "2", "3").next());
        assertEquals(List.of(), ClientPage.of(seven, "4", "3").clients());
        assertNull(ClientPage.of(seven, "4", "3").next());
    }

    @Test
    void aPageOrSizeThatIsNoPositiveNumberIsRefused() {
        for (String bad : List.of("0", "-1", "two")) {
            assertEquals(
                    400,
                    assertThrows(AltinnRefusal.class, () -> ClientPage.of(seven, bad, "3"))
                            .status());
            assertEquals(
                    400,
                    assertThrows(AltinnRefusal.class, () -> ClientPage.of(seven, "1", bad))
                            .status());
        }
    }

    static List<String> orgnos(ClientPage page) {
        return page.clients().stream().map(ClientDelegation::clientOrgNo).toList();
    }
}
