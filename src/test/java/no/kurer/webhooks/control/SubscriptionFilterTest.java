package no.kurer.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import no.kurer.conversation.control.StatusRecorded;
import no.kurer.conversation.entity.ReceiptStatus;
import org.junit.jupiter.api.Test;

class SubscriptionFilterTest {

    static StatusRecorded event(ReceiptStatus status, String direction) {
        return new StatusRecorded(1, "m-1", "c-1", direction, "DPO", status, null, OffsetDateTime.now(), null);
    }

    @Test
    void noFilterMatchesEverything() {
        assertTrue(SubscriptionFilter.parse(null).matches(event(ReceiptStatus.SENDT, "OUTGOING")));
        assertTrue(SubscriptionFilter.parse("  ").matches(event(ReceiptStatus.FEIL, "INCOMING")));
    }

    @Test
    void everyClauseMustNameTheEventsValue() {
        SubscriptionFilter filter =
                SubscriptionFilter.parse("status=FEIL,LEVETID_UTLOPT&direction=INCOMING&serviceIdentifier=DPO");
        assertTrue(filter.matches(event(ReceiptStatus.FEIL, "INCOMING")));
        assertTrue(filter.matches(event(ReceiptStatus.LEVETID_UTLOPT, "INCOMING")));
        assertFalse(filter.matches(event(ReceiptStatus.FEIL, "OUTGOING")), "wrong direction");
        assertFalse(filter.matches(event(ReceiptStatus.MOTTATT, "INCOMING")), "wrong status");
        assertEquals(List.of("direction", "serviceidentifier", "status"), filter.keys());
    }

    @Test
    void keysAndValuesAreCaseInsensitive() {
        SubscriptionFilter filter = SubscriptionFilter.parse("STATUS=levert, Mottatt&Direction=outgoing");
        assertTrue(filter.matches(event(ReceiptStatus.LEVERT, "OUTGOING")));
        assertTrue(filter.matches(event(ReceiptStatus.MOTTATT, "OUTGOING")));
        assertFalse(filter.matches(event(ReceiptStatus.SENDT, "OUTGOING")));
    }

    @Test
    void aServiceIdentifierFilterForAnotherServiceMatchesNoDpoEvent() {
        assertFalse(SubscriptionFilter.parse("serviceIdentifier=DPI").matches(event(ReceiptStatus.SENDT, "OUTGOING")));
    }

    @Test
    void everyBreachOfTheGrammarIsRefusedNamingIt() {
        assertRefused("status!=FEIL", "'=' as the only operator");
        assertRefused("status>FEIL", "'=' as the only operator");
        assertRefused("status=FEIL=LEST", "'=' as the only operator");
        assertRefused("status", "'=' as the only operator");
        assertRefused("=FEIL", "'=' as the only operator");
        assertRefused("status=FEIL&", "'=' as the only operator");
        assertRefused("receiver=991825827", "Unknown filter key 'receiver'");
        assertRefused("status=FEIL&status=LEST", "names 'status' twice");
        assertRefused("status=FEIL,,LEST", "empty value");
        assertRefused("status=", "empty value");
        assertRefused("status=DONE", "Unknown status 'DONE'");
        assertRefused("direction=SIDEWAYS", "Unknown direction 'SIDEWAYS'");
        assertRefused("serviceIdentifier=XYZ", "Unknown serviceIdentifier 'XYZ'");
    }

    private static void assertRefused(String filter, String reason) {
        InvalidFilter refused = assertThrows(InvalidFilter.class, () -> SubscriptionFilter.parse(filter), filter);
        assertTrue(refused.getMessage().contains(reason), filter + ": " + refused.getMessage());
        assertEquals(400, refused.status());
        assertEquals("urn:kurer:problem:invalid-subscription-filter", refused.type());
    }
}
