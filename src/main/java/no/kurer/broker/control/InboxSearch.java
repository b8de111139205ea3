package no.kurer.broker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import no.kurer.organisation.control.Organisations;
import no.kurer.problems.Problem;
import no.kurer.systemuser.control.SystemUsers;

/**
 * Which broker inboxes the round polls, and their searches ({@link Receiving}): each organisation's inbox with its own
 * token, starting where the last search stopped, its failures kept for the admin page.
 */
@ApplicationScoped
public class InboxSearch {

    private static final Logger LOG = Logger.getLogger(InboxSearch.class.getName());

    @Inject
    DpoConfiguration config;

    @Inject
    BrokerConnection connection;

    @Inject
    Organisations organisations;

    @Inject
    SystemUsers systemUsers;

    private final Map<String, String> failures = new ConcurrentHashMap<>();
    /** Where the next search of the inboxes starts (see {@link #search(List)}). */
    private final AtomicInteger turn = new AtomicInteger();

    /**
     * The organisations whose inbox is polled: those Kurer acts for that Altinn still lets it ({@link
     * Organisations#polled()}) and that have a system user.
     */
    public List<String> polled() {
        List<String> polled = organisations.polled().stream()
                .filter(orgno -> systemUsers.forOrganisation(orgno).isPresent())
                .toList();
        failures.keySet().retainAll(polled); // an organisation no longer polled has no search that fails
        return polled;
    }

    /** Why the last search of an organisation's inbox failed, by orgno; gone once one succeeds or it is no longer polled. */
    public Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    /**
     * Searches the inboxes, starting where the last search stopped: the search is the scarcest broker call (10 a
     * minute for the whole integration, PROTOCOLS.md), so when its rate limit is reached the rest wait for the next
     * round (not a failure of theirs) and are searched first then; no inbox is left behind the others.
     */
    public Map<String, List<String>> search(List<String> organisations) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        int size = organisations.size();
        int first = Math.floorMod(turn.get(), Math.max(1, size));
        int searched = 0;
        for (; searched < size; searched++) {
            String orgno = organisations.get((first + searched) % size);
            try {
                found.put(orgno, searchOne(orgno));
            } catch (BrokerUnreachable rateLimited) { // searchOne lets through only the rate limit
                LOG.fine(() -> "the broker's search limit is reached; 0192:" + orgno + " is searched first next time");
                break;
            }
        }
        turn.addAndGet(searched == size ? 1 : searched);
        return found;
    }

    /**
     * One search of the organisation's inbox; empty when it fails for a reason of its own (a token refused, the broker
     * refusing it), which is told once per change and kept for the admin page.
     *
     * @throws BrokerUnreachable when the broker's rate limit holds the search back
     */
    private List<String> searchOne(String orgno) {
        try {
            List<String> ids = connection.broker(orgno).search(config.resourceId(), "Published", "Initialized");
            if (failures.remove(orgno) != null) {
                LOG.info(() -> "the broker inbox of 0192:" + orgno + " is searched again");
            }
            return ids;
        } catch (BrokerUnreachable e) {
            if (e.rateLimited()) {
                throw e;
            }
            failed(orgno, e);
            return List.of();
        } catch (Problem e) {
            failed(orgno, e);
            return List.of();
        }
    }

    private void failed(String orgno, Problem e) {
        if (!e.detail().equals(failures.put(orgno, e.detail()))) {
            LOG.warning(() -> "the broker inbox of 0192:" + orgno + " cannot be searched: " + e.detail());
        }
    }
}
