package no.kurer.sandbox.altinn.control;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;
import no.kurer.sandbox.altinn.entity.ClientDelegation;

/**
 * One page of an agent's client list, as Altinn serves it with {@code links.next}. The sandbox takes the page
 * ({@code page}, from 1) and its size ({@code pageSize}, default {@link #DEFAULT_SIZE}: one page in every test that
 * does not ask for more) from the query; Altinn's own next link is opaque, and Kurer follows it as it is.
 *
 * @param next the number of the following page, or null on the last
 */
public record ClientPage(List<ClientDelegation> clients, Integer next) {

    public static final int DEFAULT_SIZE = 1000;

    public ClientPage {
        clients = List.copyOf(clients);
    }

    /** {@code links.next}: the address this page was asked at, with the following page; null on the last. */
    public String nextLink(URI asked) {
        return next == null
                ? null
                : UriBuilder.fromUri(asked)
                        .replaceQueryParam("page", next)
                        .build()
                        .toString();
    }

    /** Page {@code page} of {@code all}, {@code size} to a page; 400 for a page or size that is not a positive number. */
    public static ClientPage of(List<ClientDelegation> all, String page, String size) {
        return of(all, page, size, DEFAULT_SIZE);
    }

    /** As {@link #of(List, String, String)}, {@code defaultSize} to a page when the query names no size. */
    public static ClientPage of(List<ClientDelegation> all, String page, String size, int defaultSize) {
        int number = positive("page", page, 1);
        int perPage = positive("pageSize", size, Math.max(1, defaultSize));
        long from = (long) (number - 1) * perPage;
        if (from >= all.size()) {
            return new ClientPage(List.of(), null);
        }
        int to = (int) Math.min(all.size(), from + perPage);
        return new ClientPage(all.subList((int) from, to), to < all.size() ? number + 1 : null);
    }

    private static int positive(String name, String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw AltinnRefusal.badRequest(null, "The query parameter " + name + " must be a positive number: " + value);
    }
}
