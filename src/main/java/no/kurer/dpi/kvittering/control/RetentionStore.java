package no.kurer.dpi.kvittering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kurer.dpi.kvittering.entity.Kvittering;

/**
 * The database side of retention, one short transaction per call. A message is claimed by the conditional update
 * that marks it purged, so of several instances purging at once exactly one purges each message.
 */
@ApplicationScoped
public class RetentionStore {

    /** A message whose last status (SENDT or FEILET) or whose unfinished upload is older than the cutoff. */
    static final String DUE = """
            SELECT m.meldingsid FROM dpi_message m
            WHERE m.purged IS NULL AND m.updated < ?1
              AND (m.state = 'AWAITING_PACKAGE'
                   OR EXISTS (SELECT 1 FROM dpi_message_status s WHERE s.meldingsid = m.meldingsid
                              AND s.status IN ('SENDT', 'FEILET') AND s.occurred < ?2))
            ORDER BY m.updated""";

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    /** Receipts received before the cutoff, read or not: delivered, or expired. */
    @Transactional
    public int deleteExpiredReceipts(OffsetDateTime cutoff) {
        return em.createNamedQuery(Kvittering.EXPIRED).setParameter("cutoff", cutoff).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<String> due(OffsetDateTime cutoff, int limit) {
        return em.createNativeQuery(DUE).setParameter(1, cutoff).setParameter(2, cutoff).setMaxResults(limit).getResultList();
    }

    /** Every package name a message refers to, in one query, for finding package files no message points to. */
    @SuppressWarnings("unchecked")
    public Set<String> referencedPackages() {
        List<String> names = em.createNativeQuery("SELECT package_file FROM dpi_message WHERE package_file IS NOT NULL")
                .getResultList();
        return new HashSet<>(names);
    }

    /**
     * Claims and purges one message: keeps its key and addressing (so the meldingsid stays used, and late receipts
     * still find their conversation), drops the forretningsmelding, the package reference and the status history.
     *
     * @return the package file to delete after commit, if there was one; empty also when another instance got it
     */
    @Transactional
    public Optional<Optional<String>> purge(String meldingsid, OffsetDateTime now) {
        List<?> file = em.createNativeQuery("SELECT package_file FROM dpi_message WHERE meldingsid = ?1 AND purged IS NULL")
                .setParameter(1, meldingsid).getResultList();
        int claimed = em.createNativeQuery("""
                        UPDATE dpi_message SET purged = ?1, forretningsmelding = '', package_file = NULL,
                               package_media_type = NULL, package_size = NULL, version = version + 1
                        WHERE meldingsid = ?2 AND purged IS NULL""")
                .setParameter(1, now).setParameter(2, meldingsid).executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        em.createNativeQuery("DELETE FROM dpi_message_status WHERE meldingsid = ?1")
                .setParameter(1, meldingsid).executeUpdate();
        return Optional.of(file.isEmpty() ? Optional.empty() : Optional.ofNullable((String) file.get(0)));
    }
}
