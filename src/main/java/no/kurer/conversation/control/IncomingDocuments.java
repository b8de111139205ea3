package no.kurer.conversation.control;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import no.kurer.broker.entity.Sbd;
import no.kurer.conversation.entity.Conversation;
import no.kurer.conversation.entity.ReceiptStatus;
import no.kurer.conversation.entity.SbdFacts;

/**
 * What an incoming broker file means for the conversations before it may become a letter in the inbox: a {@code status}
 * or {@code arkivmelding_kvittering} updates the outgoing conversation it answers (matched by message id or
 * conversation id, and by its sender being that conversation's receiver) and is never stored; a letter already past
 * its expiry gets LEVETID_UTLOPT and is not stored either.
 */
@ApplicationScoped
@Transactional
public class IncomingDocuments {

    private static final Logger LOG = Logger.getLogger(IncomingDocuments.class.getName());
    private static final Set<String> FAILED_RECEIPTS = Set.of("ERROR", "NOTSUPPORTED");

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Inject
    ConversationStatuses statuses;

    /** @return why the file is consumed here (it is then confirmed and not stored), or null for a letter to store */
    public String consume(Sbd sbd) {
        SbdFacts facts = SbdFacts.of(sbd.json());
        if (StatusDocument.TYPE.equals(sbd.documentType())) {
            return status(facts);
        }
        if ("arkivmelding_kvittering".equals(sbd.documentType())) {
            return kvittering(facts);
        }
        if (facts.expectedResponse() != null && facts.expectedResponse().isBefore(Conversation.now())) {
            Conversation conversation = statuses.open(Conversation.INCOMING, facts, null);
            statuses.record(conversation, ReceiptStatus.OPPRETTET, null, null);
            statuses.record(
                    conversation,
                    ReceiptStatus.LEVETID_UTLOPT,
                    "Expired on arrival: " + facts.expectedResponse(),
                    null);
            return "Expired at " + facts.expectedResponse() + " before it arrived: LEVETID_UTLOPT, not kept";
        }
        return null;
    }

    private String status(SbdFacts facts) {
        String value = facts.body().path("status").asText("").toUpperCase(Locale.ROOT);
        ReceiptStatus status;
        if (value.equals("MOTTATT")) {
            status = ReceiptStatus.MOTTATT;
        } else if (value.equals("LEVERT")) {
            status = ReceiptStatus.LEVERT;
        } else {
            LOG.info(() -> "ignoring status '" + value + "' for message " + facts.messageId());
            return "Status '" + value + "' is not one Kurer records for DPO";
        }
        return apply(facts, facts.messageId(), status, null, null);
    }

    private String kvittering(SbdFacts facts) {
        JsonNode body = facts.body();
        String type = body.path("receiptType").asText("");
        String related = body.path("relatedToMessageId").asText(facts.messageId());
        ReceiptStatus status =
                FAILED_RECEIPTS.contains(type.toUpperCase(Locale.ROOT)) ? ReceiptStatus.FEIL : ReceiptStatus.LEST;
        return apply(facts, related, status, "ArkivmeldingKvittering: " + type, body.toString());
    }

    private String apply(SbdFacts facts, String messageId, ReceiptStatus status, String description, String raw) {
        Optional<Conversation> outgoing = em.createNamedQuery(Conversation.OUTGOING_TO, Conversation.class)
                .setParameter("receiver", facts.sender())
                .setParameter("messageId", messageId)
                .setParameter("conversationId", facts.conversationId())
                .getResultStream()
                .findFirst();
        if (outgoing.isEmpty()) {
            LOG.info(() -> "dropping " + status + " from 0192:" + facts.sender() + " for message " + messageId
                    + ": no outgoing conversation to it");
            return status + " for an unknown conversation, dropped";
        }
        boolean fresh = statuses.record(outgoing.get(), status, description, raw);
        return status + (fresh ? " recorded" : " known already") + " for message "
                + outgoing.get().messageId();
    }
}
