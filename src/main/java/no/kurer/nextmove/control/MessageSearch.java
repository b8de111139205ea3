package no.kurer.nextmove.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoState;

/** DPO messages of one direction that match a {@link MessageFilter}, one page at a time, oldest first. */
@ApplicationScoped
@Transactional
public class MessageSearch {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    /** One page of the matches, in the given states (all states when null). */
    public Found page(
            Direction direction, List<DpoState> states, MessageFilter filter, int offset, int size, boolean desc) {
        MessageFilter.Condition condition = filter.condition();
        String where = condition.jpql() + (states == null ? "" : " AND m.state IN :states");
        TypedQuery<DpoMessage> select = em.createQuery(
                "SELECT m FROM DpoMessage m WHERE " + where + " ORDER BY m.id" + (desc ? " DESC" : ""),
                DpoMessage.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM DpoMessage m WHERE " + where, Long.class);
        for (TypedQuery<?> query : List.of(select, count)) {
            query.setParameter("direction", direction);
            condition.parameters().forEach(query::setParameter);
            if (states != null) {
                query.setParameter("states", states);
            }
        }
        List<DpoMessage> messages =
                select.setFirstResult(offset).setMaxResults(size).getResultList();
        return new Found(messages, count.getSingleResult());
    }

    /** Ids of the incoming messages waiting for the local system that match and that no peek holds, oldest first. */
    public List<Long> unlocked(MessageFilter filter, OffsetDateTime now, int max) {
        MessageFilter.Condition condition = filter.condition();
        TypedQuery<Long> select = em.createQuery(
                "SELECT m.id FROM DpoMessage m WHERE " + condition.jpql()
                        + " AND m.state = :state AND (m.lockedUntil IS NULL OR m.lockedUntil < :now) ORDER BY m.id",
                Long.class);
        select.setParameter("direction", Direction.IN);
        select.setParameter("state", DpoState.RECEIVED);
        select.setParameter("now", now);
        condition.parameters().forEach(select::setParameter);
        return select.setMaxResults(max).getResultList();
    }

    /** A page of messages and how many match in all. */
    public record Found(List<DpoMessage> messages, long total) {}
}
