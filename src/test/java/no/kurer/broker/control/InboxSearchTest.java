package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kurer.configuration.Settings;
import no.kurer.maskinporten.control.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The inboxes' searches under the broker's search limit (10 a minute for the whole integration): when the limit holds
 * the rest of a round back, they are no failure of theirs and go first in the next round, so no inbox is left behind;
 * one organisation whose search fails does not stop the others.
 */
class InboxSearchTest {

    static final String A = "311000001";
    static final String B = "311000002";
    static final String C = "311000003";

    final TestClock clock = new TestClock(Instant.parse("2026-12-03T08:00:00Z"));
    /** Two searches a minute, and no waiting for the next: the limit holds a search back at once. */
    final BrokerPacing pacing = new BrokerPacing(
            new BrokerPacing.Limits(Duration.ofMinutes(1), call -> call == BrokerCall.SEARCH ? 2 : 100, Duration.ZERO),
            clock);

    final List<String> searchedWith = new ArrayList<>();
    final InboxSearch cut = new InboxSearch();

    InboxSearchTest() {
        cut.config = new DpoConfiguration(new Settings(key -> Optional.empty()));
        cut.connection = new BrokerConnection() {
            @Override
            public Broker broker(String orgno) {
                return new Broker(fakeApi(), () -> token(orgno), pacing);
            }
        };
    }

    @Test
    void whatTheSearchLimitHoldsBackGoesFirstInTheNextRoundWithoutAFailure() {
        assertEquals(List.of(A, B), List.copyOf(cut.search(List.of(A, B, C)).keySet()));
        assertEquals(Map.of(), cut.failures(), "held back by the limit is no failure");

        clock.advance(Duration.ofSeconds(62)); // the window and its margin
        Map<String, List<String>> next = cut.search(List.of(A, B, C));
        assertEquals(List.of(C, A), List.copyOf(next.keySet()));
        assertEquals(List.of("file-of-" + C), next.get(C));

        clock.advance(Duration.ofSeconds(62)); // the window and its margin
        assertEquals(List.of(B, C), List.copyOf(cut.search(List.of(A, B, C)).keySet()));
        assertEquals(List.of(A, B, C, A, B, C), searchedWith, "each inbox with its own token, in turn");
    }

    @Test
    void anOrganisationWhoseSearchFailsIsToldAndTheOthersAreSearched() {
        Map<String, List<String>> found = cut.search(List.of("000000000", A));
        assertEquals(List.of(), found.get("000000000"));
        assertEquals(List.of("file-of-" + A), found.get(A));
        assertTrue(
                cut.failures().get("000000000").contains("no approved system user"),
                cut.failures().toString());
    }

    private String token(String orgno) {
        if ("000000000".equals(orgno)) {
            throw new NoSystemUserFor(orgno);
        }
        return "token-of-" + orgno;
    }

    /** The broker's search as Altinn answers it, for whichever organisation the token names. */
    private BrokerApi fakeApi() {
        return (BrokerApi) Proxy.newProxyInstance(
                BrokerApi.class.getClassLoader(), new Class<?>[] {BrokerApi.class}, (proxy, method, args) -> {
                    if (!"search".equals(method.getName())) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    String orgno = ((String) args[0]).substring("Bearer token-of-".length());
                    searchedWith.add(orgno);
                    return Response.ok("[\"file-of-" + orgno + "\"]").build();
                });
    }
}
