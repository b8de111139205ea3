package no.kurer.dpi.forwarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.forwarding.entity.MeldingFeilet;

/** {@link OutboxRecords} in container transactions, one short transaction per call. */
@ApplicationScoped
public class Outbox {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Inject
    Event<MeldingFeilet> feilet;

    @Transactional
    public List<String> due(OffsetDateTime now, int limit) {
        return records().due(now, limit);
    }

    @Transactional
    public boolean claim(String meldingsid, String claimer, OffsetDateTime now, OffsetDateTime until) {
        return records().claim(meldingsid, claimer, now, until);
    }

    @Transactional
    public Optional<Melding> find(String meldingsid) {
        return records().find(meldingsid);
    }

    @Transactional
    public void accepted(
            String meldingsid, String claimer, OffsetDateTime started, OffsetDateTime finished, String detail) {
        records().accepted(meldingsid, claimer, started, finished, detail);
    }

    /** Records the failure; when it was the last attempt, fires {@link MeldingFeilet} inside the same transaction. */
    @Transactional
    public void failed(
            String meldingsid,
            String claimer,
            OffsetDateTime started,
            OffsetDateTime finished,
            String reason,
            ForwardingPolicy policy) {
        records().failed(meldingsid, claimer, started, finished, reason, policy).ifPresent(feilet::fire);
    }

    private OutboxRecords records() {
        return new OutboxRecords(em);
    }
}
