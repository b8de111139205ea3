package no.kurer.dpi.forwarding.control;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import no.kurer.dpi.control.Meldinger;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.entity.MessageState;
import no.kurer.dpi.entity.Status;
import no.kurer.dpi.forwarding.entity.ForwardAttempt;
import no.kurer.dpi.forwarding.entity.MeldingFeilet;
import no.kurer.dpi.forwarding.entity.Outcome;

/**
 * The outbox in the database: the messages through {@link Meldinger}, the attempts in their own table. Each method runs
 * in the caller's transaction, which should be short: claiming and recording are separate transactions, and the
 * forwarding between them is in none.
 */
public class OutboxRecords {

    private final EntityManager em;
    private final Meldinger meldinger;

    public OutboxRecords(EntityManager em) {
        this.em = em;
        this.meldinger = new Meldinger(em);
    }

    /** Messages due now and not held by a live claim, oldest due first; another instance may claim them first. */
    public List<String> due(OffsetDateTime now, int limit) {
        return meldinger.dueForForwarding(now, limit);
    }

    /**
     * Claims the message for {@code claimer} until {@code until}, if it is still due and unclaimed. The check and the
     * claim are one UPDATE, so of several instances racing for a message exactly one sees an update count of 1.
     */
    public boolean claim(String meldingsid, String claimer, OffsetDateTime now, OffsetDateTime until) {
        return meldinger.claimForForwarding(meldingsid, claimer, now, until);
    }

    public Optional<Melding> find(String meldingsid) {
        return meldinger.find(meldingsid);
    }

    /**
     * Corner 3 accepted the message: FORWARDED with status SENDT, the package file no longer referenced. A message
     * already forwarded (a claim that expired during a slow attempt) only gets the attempt recorded.
     */
    public void accepted(
            String meldingsid, String claimer, OffsetDateTime started, OffsetDateTime finished, String detail) {
        em.persist(new ForwardAttempt(meldingsid, claimer, started, finished, Outcome.ACCEPTED, detail));
        Melding melding = meldinger.find(meldingsid).orElse(null);
        if (melding != null && melding.state() == MessageState.READY_FOR_FORWARDING) {
            melding.forwarded();
            meldinger.record(meldingsid, Status.SENDT, detail);
        }
    }

    /**
     * The attempt failed: the next one is due after the backoff, or, when this was attempt {@code maxAttempts}, the
     * message is FAILED with status FEILET and the returned event is to be fired. Nothing changes on a message that
     * this claimer no longer holds (another instance took it over after the claim expired).
     */
    public Optional<MeldingFeilet> failed(
            String meldingsid,
            String claimer,
            OffsetDateTime started,
            OffsetDateTime finished,
            String reason,
            ForwardingPolicy policy) {
        Melding melding = meldinger.find(meldingsid).orElse(null);
        if (melding == null || !melding.claimedBy(claimer)) {
            em.persist(new ForwardAttempt(meldingsid, claimer, started, finished, Outcome.FAILED, reason));
            return Optional.empty();
        }
        int failures = melding.work().attempts() + 1;
        if (failures >= policy.maxAttempts()) {
            em.persist(new ForwardAttempt(meldingsid, claimer, started, finished, Outcome.GAVE_UP, reason));
            melding.forwardingGaveUp(reason);
            meldinger.record(meldingsid, Status.FEILET, reason);
            return Optional.of(new MeldingFeilet(meldingsid, melding.conversationId(), reason));
        }
        em.persist(new ForwardAttempt(meldingsid, claimer, started, finished, Outcome.FAILED, reason));
        melding.forwardingFailed(reason, finished.plus(policy.backoff().after(failures)));
        return Optional.empty();
    }

    public List<ForwardAttempt> attempts(String meldingsid) {
        return em.createNamedQuery(ForwardAttempt.OF_MELDING, ForwardAttempt.class)
                .setParameter("meldingsid", meldingsid)
                .getResultList();
    }
}
