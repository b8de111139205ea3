package no.kurer.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.kurer.configuration.Settings;
import no.kurer.conversation.entity.Conversation;
import no.kurer.conversation.entity.MessageStatus;
import no.kurer.conversation.entity.ReceiptStatus;
import no.kurer.conversation.entity.SbdFacts;
import no.kurer.conversation.entity.StatusMessage;
import no.kurer.testsupport.DatabaseServer;
import no.kurer.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The conversations on every database Kurer supports: a status once per conversation (also when two instances
 * record it), the finishing statuses, the expiry claimed by one instance only, and status messages queued once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConversationPersistenceContract {

    private DatabaseServer database;
    private TestDatabase kurer;
    private EntityManagerFactory emf;
    private final RecordedEvents events = new RecordedEvents();

    abstract DatabaseServer startDatabase() throws Exception;

    @BeforeAll
    void start() throws Exception {
        database = startDatabase();
        kurer = TestDatabase.on(database, "conversations", Map.of("eclipselink.logging.level", "OFF"));
        emf = kurer.emf();
    }

    @AfterAll
    void stop() throws Exception {
        if (kurer != null) {
            kurer.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void eachStatusIsRecordedOncePerConversationAndFiresOnce() {
        SbdFacts facts = facts(UUID.randomUUID().toString(), null);
        Conversation conversation = in(s -> s.open(Conversation.OUTGOING, facts, null));
        Conversation again = in(s -> s.open(Conversation.OUTGOING, facts, null));
        assertEquals(conversation.id(), again.id(), "a second open made a second conversation");

        int before = events.fired.size();
        boolean first = in(s -> s.record(conversation, ReceiptStatus.OPPRETTET, null, null));
        boolean again2 = in(s -> s.record(conversation, ReceiptStatus.OPPRETTET, "again", null));
        boolean sent = in(s -> s.record(conversation, ReceiptStatus.SENDT, null, null));
        assertTrue(first);
        assertFalse(again2, "OPPRETTET recorded twice");
        assertTrue(sent);

        assertEquals(
                List.of(ReceiptStatus.OPPRETTET, ReceiptStatus.SENDT),
                in(s -> s.statuses(conversation.id())).stream()
                        .map(MessageStatus::status)
                        .toList());
        assertEquals(
                List.of(ReceiptStatus.OPPRETTET, ReceiptStatus.SENDT),
                events.fired.subList(before, events.fired.size()).stream()
                        .map(StatusRecorded::status)
                        .toList());
        assertEquals("OUTGOING", events.fired.get(before).direction());
        assertEquals(facts.messageId(), events.fired.get(before).messageId());
    }

    @Test
    void theDatabaseRefusesASecondRowOfTheSameStatus() {
        Conversation conversation =
                in(s -> s.open(Conversation.INCOMING, facts(UUID.randomUUID().toString(), null), null));
        in(s -> s.record(conversation, ReceiptStatus.INNKOMMENDE_MOTTATT, null, null));
        // a second instance that checked before the first committed inserts anyway: the unique key stops it
        assertThrows(
                PersistenceException.class,
                () -> transaction(em -> {
                    em.persist(new MessageStatus(
                            conversation.id(), ReceiptStatus.INNKOMMENDE_MOTTATT, null, null, Conversation.now()));
                    em.flush();
                    return null;
                }));
        assertEquals(1, in(s -> s.statuses(conversation.id())).size());
    }

    @Test
    void finishingStatusesFinishTheConversation() {
        SbdFacts facts = facts(UUID.randomUUID().toString(), null);
        Conversation conversation = in(s -> s.open(Conversation.OUTGOING, facts, null));
        in(s -> s.record(conversation, ReceiptStatus.MOTTATT, null, null));
        assertFalse(reload(conversation).finished(), "MOTTATT finished it");
        in(s -> s.record(conversation, ReceiptStatus.LEVERT, null, null));
        assertTrue(reload(conversation).finished(), "LEVERT did not finish it");
    }

    @Test
    void aLevertThatOvertookItsMottattRecordsWhatItPresupposesFirstAndTheLateOneOnlyOnce() {
        Conversation conversation =
                in(s -> s.open(Conversation.OUTGOING, facts(UUID.randomUUID().toString(), null), null));
        in(s -> s.record(conversation, ReceiptStatus.OPPRETTET, null, null));
        int before = events.fired.size();
        boolean levert = in(s -> s.record(conversation, ReceiptStatus.LEVERT, null, null));
        boolean mottatt = in(s -> s.record(conversation, ReceiptStatus.MOTTATT, "late", null));
        boolean sendt = in(s -> s.record(conversation, ReceiptStatus.SENDT, "late", null));
        assertTrue(levert);
        assertFalse(mottatt, "MOTTATT recorded twice");
        assertFalse(sendt, "SENDT recorded twice");
        List<ReceiptStatus> order =
                List.of(ReceiptStatus.OPPRETTET, ReceiptStatus.SENDT, ReceiptStatus.MOTTATT, ReceiptStatus.LEVERT);
        assertEquals(
                order,
                in(s -> s.statuses(conversation.id())).stream()
                        .map(MessageStatus::status)
                        .toList());
        assertEquals(
                order.subList(1, 4),
                events.fired.subList(before, events.fired.size()).stream()
                        .map(StatusRecorded::status)
                        .toList());
    }

    @Test
    void expiryComesFromTheSenderOrTheDefaultTtl() {
        OffsetDateTime given = OffsetDateTime.parse("2030-01-02T03:04:05Z");
        Conversation named =
                in(s -> s.open(Conversation.OUTGOING, facts(UUID.randomUUID().toString(), given), null));
        assertTrue(given.isEqual(reload(named).expiry()));
        Conversation unnamed =
                in(s -> s.open(Conversation.OUTGOING, facts(UUID.randomUUID().toString(), null), null));
        Duration ttl = Duration.between(Conversation.now(), reload(unnamed).expiry());
        assertTrue(ttl.compareTo(Duration.ofHours(5)) > 0 && ttl.compareTo(Duration.ofHours(6)) <= 0, "ttl " + ttl);
    }

    @Test
    void anExpiredConversationIsExpiredByOneInstanceOnly() {
        OffsetDateTime past = Conversation.now().minusMinutes(1);
        Conversation expired =
                in(s -> s.open(Conversation.INCOMING, facts(UUID.randomUUID().toString(), past), null));
        Conversation alive =
                in(s -> s.open(Conversation.OUTGOING, facts(UUID.randomUUID().toString(), null), null));
        Conversation done =
                in(s -> s.open(Conversation.OUTGOING, facts(UUID.randomUUID().toString(), past), null));
        in(s -> s.record(done, ReceiptStatus.LEVERT, null, null));

        List<Long> due = expiry(e -> e.due());
        assertTrue(due.contains(expired.id()));
        assertFalse(due.contains(alive.id()), "a conversation before its expiry is due");
        assertFalse(due.contains(done.id()), "a finished conversation is due");

        boolean first = expiry(e -> e.expireNow(expired.id()));
        boolean second = expiry(e -> e.expireNow(expired.id()));
        assertTrue(first ^ second, "expired by " + (first && second ? "both" : "neither") + " instances");
        assertEquals(
                List.of(ReceiptStatus.LEVETID_UTLOPT),
                in(s -> s.statuses(expired.id())).stream()
                        .map(MessageStatus::status)
                        .toList());
        assertTrue(reload(expired).finished());
        assertFalse(expiry(e -> e.due()).contains(expired.id()));
    }

    @Test
    void aStatusMessageIsQueuedOnceAndClaimedByOneInstance() {
        Conversation incoming =
                in(s -> s.open(Conversation.INCOMING, facts(UUID.randomUUID().toString(), null), null));
        queue(q -> {
            q.queue(incoming, ReceiptStatus.MOTTATT);
            return null;
        });
        queue(q -> {
            q.queue(incoming, ReceiptStatus.MOTTATT);
            return null;
        });
        queue(q -> {
            q.queue(incoming, ReceiptStatus.LEVERT);
            return null;
        });
        List<StatusMessage> queued = transaction(em -> em.createQuery(
                        "SELECT s FROM StatusMessage s WHERE s.messageId = :m ORDER BY s.id", StatusMessage.class)
                .setParameter("m", incoming.messageId())
                .getResultList());
        assertEquals(
                List.of(ReceiptStatus.MOTTATT, ReceiptStatus.LEVERT),
                queued.stream().map(StatusMessage::status).toList());
        StatusMessage mottatt = queued.get(0);
        assertEquals(incoming.sender(), mottatt.receiver(), "not sent back to the letter's sender");
        assertEquals(incoming.receiver(), mottatt.sender());
        assertTrue(queue(q -> q.due(Conversation.now())).contains(mottatt.id()));

        boolean a = queue(q -> q.claim(mottatt.id(), "a", Duration.ofMinutes(5)));
        boolean b = queue(q -> q.claim(mottatt.id(), "b", Duration.ofMinutes(5)));
        assertTrue(a && !b, "claims: a " + a + ", b " + b);
        assertFalse(queue(q -> q.due(Conversation.now())).contains(mottatt.id()), "a claimed one is due");
    }

    private static SbdFacts facts(String messageId, OffsetDateTime expected) {
        String scopeInfo =
                expected == null ? "" : ",\"scopeInformation\":[{\"expectedResponseDateTime\":\"" + expected + "\"}]";
        return SbdFacts.of("{\"standardBusinessDocumentHeader\":{"
                + "\"sender\":[{\"identifier\":{\"value\":\"0192:910077473\"}}],"
                + "\"receiver\":[{\"identifier\":{\"value\":\"0192:910075918\"}}],"
                + "\"documentIdentification\":{\"standard\":\"urn:no:difi:arkivmelding:xsd::arkivmelding\","
                + "\"instanceIdentifier\":\"" + messageId + "\",\"type\":\"arkivmelding\"},"
                + "\"businessScope\":{\"scope\":[{\"type\":\"ConversationId\",\"instanceIdentifier\":\""
                + UUID.randomUUID() + "\",\"identifier\":\"urn:no:difi:profile:arkivmelding:administrasjon:ver1.0\""
                + scopeInfo + "}]}},\"arkivmelding\":{}}");
    }

    private ConversationStatuses statuses(EntityManager em) {
        ConversationStatuses cut = new ConversationStatuses();
        cut.em = em;
        cut.recorded = events;
        cut.settings = new ConversationSettings(
                new Settings(key -> key.equals("dpo.default-ttl-hours") ? Optional.of("6") : Optional.empty()));
        return cut;
    }

    private <T> T in(Function<ConversationStatuses, T> work) {
        return transaction(em -> work.apply(statuses(em)));
    }

    private <T> T expiry(Function<Expiry, T> work) {
        return transaction(em -> {
            Expiry cut = new Expiry();
            cut.em = em;
            cut.statuses = statuses(em);
            return work.apply(cut);
        });
    }

    private <T> T queue(Function<StatusMessages, T> work) {
        return transaction(em -> {
            StatusMessages cut = new StatusMessages();
            cut.em = em;
            return work.apply(cut);
        });
    }

    private Conversation reload(Conversation conversation) {
        return transaction(em -> em.find(Conversation.class, conversation.id()));
    }

    private <T> T transaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
