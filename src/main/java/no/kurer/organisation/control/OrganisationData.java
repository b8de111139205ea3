package no.kurer.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import no.kurer.broker.control.DpoFiles;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.organisation.entity.Organisation;

/**
 * Deletes what Kurer holds of a removed organisation, when its administrator says so (issue 18, item 4: what it
 * received stays readable until then): its DPO messages in and out with their history and files, its conversations
 * with their statuses and the webhook deliveries of those not yet made, its status messages not yet sent, and the
 * organisation itself. The claims on broker files it took stay (they keep a file from being taken twice). The rows go
 * in one transaction; the files after it, so a failed transaction deletes none.
 */
@ApplicationScoped
public class OrganisationData {

    private static final Logger LOG = Logger.getLogger(OrganisationData.class.getName());

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    DpoFiles files;

    /** What was deleted: the rows, and the files to delete once they are ({@link DpoFiles#discard}). */
    public record Deleted(int messages, int conversations, List<Path> files) {}

    /**
     * Deletes the rows, in one transaction; the caller then deletes {@link Deleted#files()} ({@link DpoFiles#discard}).
     *
     * @throws UnknownOrganisation, ConfiguredOrganisation, OrganisationActive (not removed yet)
     */
    @Transactional
    public Deleted deleteRows(String orgno) {
        if (organisations.configured().filter(orgno::equals).isPresent()) {
            throw new ConfiguredOrganisation(orgno);
        }
        Organisation organisation = organisations.find(orgno).orElseThrow(() -> new UnknownOrganisation(orgno));
        if (organisation.active()) {
            throw new OrganisationActive(orgno);
        }
        List<DpoMessage> messages = em.createQuery(
                        "SELECT m FROM DpoMessage m WHERE (m.direction = :in AND m.receiver = :orgno)"
                                + " OR (m.direction = :out AND m.sender = :orgno)",
                        DpoMessage.class)
                .setParameter("in", Direction.IN)
                .setParameter("out", Direction.OUT)
                .setParameter("orgno", orgno)
                .getResultList();
        List<Path> paths = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (DpoMessage message : messages) {
            ids.add(message.id());
            paths.addAll(files.of(message));
        }
        if (!ids.isEmpty()) {
            em.createQuery("UPDATE IncomingTransfer t SET t.message = NULL WHERE t.message IN :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
            em.createQuery("DELETE FROM DpoMessageStatus s WHERE s.message IN :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
            em.createQuery("DELETE FROM DpoMessage m WHERE m.id IN :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        List<Long> conversations = em.createQuery(
                        "SELECT c.id FROM Conversation c WHERE (c.direction = 'INCOMING' AND c.receiver = :orgno)"
                                + " OR (c.direction = 'OUTGOING' AND c.sender = :orgno)",
                        Long.class)
                .setParameter("orgno", orgno)
                .getResultList();
        if (!conversations.isEmpty()) {
            List<Long> statuses = em.createQuery(
                            "SELECT s.id FROM MessageStatus s WHERE s.conversation IN :conversations", Long.class)
                    .setParameter("conversations", conversations)
                    .getResultList();
            if (!statuses.isEmpty()) {
                em.createQuery("DELETE FROM Delivery d WHERE d.statusId IN :statuses"
                                + " AND d.state = no.kurer.webhooks.entity.DeliveryState.WAITING")
                        .setParameter("statuses", statuses)
                        .executeUpdate();
            }
            em.createQuery("DELETE FROM MessageStatus s WHERE s.conversation IN :conversations")
                    .setParameter("conversations", conversations)
                    .executeUpdate();
            em.createQuery("DELETE FROM Conversation c WHERE c.id IN :conversations")
                    .setParameter("conversations", conversations)
                    .executeUpdate();
        }
        em.createQuery("DELETE FROM StatusMessage s WHERE s.sender = :orgno")
                .setParameter("orgno", orgno)
                .executeUpdate();
        em.remove(organisation);
        LOG.info(() -> "deleted what Kurer held of 0192:" + orgno + ": " + ids.size() + " DPO messages, "
                + conversations.size() + " conversations");
        return new Deleted(ids.size(), conversations.size(), paths);
    }
}
