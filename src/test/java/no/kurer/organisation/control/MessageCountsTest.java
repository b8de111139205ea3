package no.kurer.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.UUID;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoState;
import no.kurer.broker.entity.Sbd;
import no.kurer.organisation.control.MessageCounts.Counts;
import no.kurer.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The admin page's backlog and failures per organisation, counted on H2 over Kurer's own schema: an incoming message
 * counts for its receiver, an outgoing one for its sender, and only those still waiting or FAILED count.
 */
class MessageCountsTest {

    static final String A = "910000001";
    static final String B = "910000002";
    static final String OTHER = "999000000";

    @Test
    void backlogAndFailuresAreCountedForTheOrganisationTheMessageBelongsTo() {
        try (TestDatabase db = TestDatabase.h2("counts")) {
            db.inTransaction(em -> {
                // A receives: two waiting for the local system, one read, one failed
                em.persist(message(Direction.IN, OTHER, A, DpoState.RECEIVED));
                em.persist(message(Direction.IN, OTHER, A, DpoState.RECEIVED));
                em.persist(message(Direction.IN, OTHER, A, DpoState.READ));
                em.persist(message(Direction.IN, OTHER, A, DpoState.FAILED));
                // A sends: one in each sending state, one delivered, one being created, two failed
                for (DpoState state :
                        new DpoState[] {DpoState.QUEUED, DpoState.INITIALIZED, DpoState.UPLOADED, DpoState.PUBLISHED}) {
                    em.persist(message(Direction.OUT, A, OTHER, state));
                }
                em.persist(message(Direction.OUT, A, OTHER, DpoState.DELIVERED));
                em.persist(message(Direction.OUT, A, OTHER, DpoState.CREATED));
                em.persist(message(Direction.OUT, A, B, DpoState.FAILED));
                em.persist(message(Direction.OUT, A, B, DpoState.FAILED));
                // B: one outgoing failed; what A sent to B is A's, not B's
                em.persist(message(Direction.OUT, B, OTHER, DpoState.FAILED));
            });
            Map<String, Counts> counts = db.transaction(em -> {
                MessageCounts cut = new MessageCounts();
                cut.em = em;
                return cut.byOrganisation();
            });
            assertEquals(new Counts(2, 4, 1, 2), counts.get(A));
            assertEquals(new Counts(0, 0, 0, 1), counts.get(B));
            assertNull(counts.get(OTHER), "nothing of OTHER's own is waiting or failed");
        }
    }

    private static DpoMessage message(Direction direction, String sender, String receiver, DpoState state) {
        String id = UUID.randomUUID().toString();
        return new DpoMessage(direction, new Sbd(id, id, sender, receiver, "arkivmelding", "{}"), state);
    }
}
