package no.kurer.nextmove.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The filters of the NextMove lists and of peek, each null when not given: {@code senderIdentifier} and
 * {@code receiverIdentifier} are bare organisation numbers (a {@code 0192:} prefix is accepted), the process is the
 * conversation scope's {@code identifier}, and the service is always {@code DPO} here, so another service matches
 * nothing.
 */
public record MessageFilter(
        String messageId,
        String conversationId,
        String process,
        String sender,
        String receiver,
        String service,
        Set<String> parties) {

    /** Any organisation's messages (the NextMove filters alone). */
    public MessageFilter(
            String messageId, String conversationId, String process, String sender, String receiver, String service) {
        this(messageId, conversationId, process, sender, receiver, service, null);
    }

    /**
     * Only the messages of {@code orgnos} (orgnos): outgoing ones they sent, incoming ones sent to them; none when the
     * set is empty.
     */
    public MessageFilter within(Set<String> orgnos) {
        return new MessageFilter(messageId, conversationId, process, sender, receiver, service, Set.copyOf(orgnos));
    }

    /** The JPQL condition after {@code WHERE} for messages {@code m}, and its parameters. */
    public Condition condition() {
        StringBuilder where = new StringBuilder("m.direction = :direction");
        Map<String, Object> parameters = new LinkedHashMap<>();
        add(where, parameters, "m.messageId = :messageId", "messageId", messageId);
        add(where, parameters, "m.conversationId = :conversationId", "conversationId", conversationId);
        add(where, parameters, "m.sender = :sender", "sender", orgno(sender));
        add(where, parameters, "m.receiver = :receiver", "receiver", orgno(receiver));
        if (given(process)) {
            where.append(" AND m.sbd LIKE :process ESCAPE '\\'");
            parameters.put("process", "%\"identifier\":\"" + escaped(process) + "\"%");
        }
        if (parties != null && parties.isEmpty()) {
            where.append(" AND 1 = 0");
        } else if (parties != null) {
            where.append(" AND ((m.direction = no.kurer.broker.entity.Direction.OUT AND m.sender IN :parties)"
                    + " OR (m.direction = no.kurer.broker.entity.Direction.IN AND m.receiver IN :parties))");
            parameters.put("parties", List.copyOf(parties));
        }
        if (given(service) && !"DPO".equals(service.trim().toUpperCase(Locale.ROOT))) {
            where.append(" AND 1 = 0");
        }
        return new Condition(where.toString(), parameters);
    }

    /** A JPQL condition with its named parameters. */
    public record Condition(String jpql, Map<String, Object> parameters) {}

    private static void add(StringBuilder where, Map<String, Object> parameters, String clause, String name, String v) {
        if (given(v)) {
            where.append(" AND ").append(clause);
            parameters.put(name, v.trim());
        }
    }

    static String orgno(String identifier) {
        if (!given(identifier)) {
            return null;
        }
        String value = identifier.trim();
        return value.startsWith("0192:") ? value.substring(5) : value;
    }

    /** The process as the stored JSON writes it (compact, '"' and '\' escaped), with LIKE's wildcards escaped. */
    private static String escaped(String process) {
        String json = process.trim().replace("\\", "\\\\").replace("\"", "\\\"");
        return json.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
