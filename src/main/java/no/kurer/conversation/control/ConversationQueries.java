package no.kurer.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import no.kurer.conversation.entity.Conversation;
import no.kurer.conversation.entity.MessageStatus;

/** The lists of {@code /api/statuses} and {@code /api/conversations}: one page of matches, and how many match. */
@ApplicationScoped
@Transactional
public class ConversationQueries {

    /** A page of matches and the number of all matches. */
    public record Found<T>(List<T> items, long total) {}

    /** A status with its conversation. */
    public record StatusOf(MessageStatus status, Conversation conversation) {}

    private static final String STATUSES = " FROM MessageStatus s, Conversation c WHERE s.conversation = c.id";
    private static final String CONVERSATIONS = " FROM Conversation c WHERE 1 = 1";

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    public Found<StatusOf> statuses(Where where, int offset, int size, boolean descending) {
        List<Object[]> rows = where.query(
                        em,
                        "SELECT s, c" + STATUSES + where.jpql() + " ORDER BY s.id" + (descending ? " DESC" : ""),
                        Object[].class)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
        long total = where.query(em, "SELECT COUNT(s)" + STATUSES + where.jpql(), Long.class)
                .getSingleResult();
        return new Found<>(
                rows.stream()
                        .map(r -> new StatusOf((MessageStatus) r[0], (Conversation) r[1]))
                        .toList(),
                total);
    }

    public Found<Conversation> conversations(Where where, int offset, int size, boolean descending) {
        List<Conversation> rows = where.query(
                        em,
                        "SELECT c" + CONVERSATIONS + where.jpql() + " ORDER BY c.id" + (descending ? " DESC" : ""),
                        Conversation.class)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
        long total = where.query(em, "SELECT COUNT(c)" + CONVERSATIONS + where.jpql(), Long.class)
                .getSingleResult();
        return new Found<>(rows, total);
    }

    public Conversation conversation(long id) {
        return em.find(Conversation.class, id);
    }
}
