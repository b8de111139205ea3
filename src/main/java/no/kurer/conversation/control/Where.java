package no.kurer.conversation.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The conditions of a list query, each added only when its filter was given (null: not given). */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** {@code path = :name} when {@code value} is not null. */
    public Where equal(String path, String name, Object value) {
        return when(value, path + " = :" + name, name);
    }

    /** {@code path >= :name} when {@code value} is not null. */
    public Where from(String path, String name, Object value) {
        return when(value, path + " >= :" + name, name);
    }

    /** {@code path <= :name} when {@code value} is not null. */
    public Where to(String path, String name, Object value) {
        return when(value, path + " <= :" + name, name);
    }

    /**
     * Only conversations of {@code parties} (orgnos): outgoing ones they sent, incoming ones sent to them; none when
     * the set is empty. The conversation is {@code c}.
     */
    public Where parties(Set<String> parties) {
        if (parties.isEmpty()) {
            return always("1 = 0");
        }
        conditions.add("((c.direction = 'OUTGOING' AND c.sender IN :parties)"
                + " OR (c.direction = 'INCOMING' AND c.receiver IN :parties))");
        parameters.put("parties", List.copyOf(parties));
        return this;
    }

    /** A fixed condition, always applied. */
    public Where always(String condition) {
        conditions.add(condition);
        return this;
    }

    private Where when(Object value, String condition, String name) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    public String jpql() {
        return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
    }

    public <T> TypedQuery<T> query(EntityManager em, String jpql, Class<T> type) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
