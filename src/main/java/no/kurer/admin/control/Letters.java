package no.kurer.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kurer.dpi.control.MeldingOverview;
import no.kurer.dpi.control.Meldinger;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.entity.MessageState;

/**
 * What the C2 operator sees of the letters (issue 17, item 3): how many are in each state, the outbox, the letters
 * that ended FEILET with the {@code feil} receipt Kurer sent for each, the receipts per type; and "retry now", which
 * makes a letter waiting in backoff due at once. Read-only queries but for that one update, which never touches a
 * letter an instance has claimed.
 */
@ApplicationScoped
@Transactional
public class Letters {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Inject
    MeldingOverview meldinger;

    @Inject
    Meldinger store;

    public Map<String, Long> byState() {
        Map<String, Long> counts = new LinkedHashMap<>();
        meldinger.countByState().forEach((state, count) -> counts.put(state.name(), count));
        return counts;
    }

    /** Letters waiting for corner 3, the next due first. */
    public List<Melding> outbox(int max) {
        return meldinger.outbox(max);
    }

    /** The newest letters in any state, newest first. */
    public List<Melding> newest(int max) {
        return meldinger.newest(max);
    }

    /** Letters that ended FEILET, newest first, each with the time its {@code feil} receipt was stored (or null). */
    public List<MeldingOverview.Failed> failed(int max) {
        return meldinger.failed(max);
    }

    public Map<String, Long> receiptsByType() {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("SELECT k.type, COUNT(k) FROM Kvittering k GROUP BY k.type ORDER BY k.type", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Makes a letter waiting in backoff due now, so the next outbox round takes it.
     *
     * @throws UnknownLetter when no letter has the id
     * @throws LetterNotWaiting when it is not waiting in backoff: not in the outbox, due already, or claimed
     */
    public void retryNow(String meldingsid) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (store.makeDue(meldingsid, now)) {
            return;
        }
        Melding melding = store.find(meldingsid).orElseThrow(() -> new UnknownLetter(meldingsid));
        OffsetDateTime claimedUntil = melding.work().claimedUntil();
        throw new LetterNotWaiting(
                meldingsid,
                melding.state() != MessageState.READY_FOR_FORWARDING
                        ? "it is " + melding.state()
                        : claimedUntil != null && claimedUntil.isAfter(now)
                                ? "an outbox round is forwarding it now"
                                : "it is due already");
    }
}
