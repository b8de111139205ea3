package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.kurer.broker.entity.Sbd;
import org.junit.jupiter.api.Test;

class IncomingFileRulesTest {

    static final String KURER = "999888771";
    static final String SENDER = "991825827";

    @Test
    void aFileFromItsSbdSenderToKurerIsKept() {
        assertDoesNotThrow(
                () -> IncomingFileRules.check(sbd(SENDER, KURER, "arkivmelding"), "0192:" + SENDER, KURER, true));
        assertDoesNotThrow(() -> IncomingFileRules.check(
                sbd(SENDER, KURER, "arkivmelding"), "urn:altinn:organization:identifier-no:" + SENDER, KURER, true));
    }

    @Test
    void anSbdClaimingAnotherSenderThanTheBrokersIsRefused() {
        RefusedDpoFile e = assertThrows(
                RefusedDpoFile.class,
                () -> IncomingFileRules.check(sbd("974760673", KURER, "arkivmelding"), "0192:" + SENDER, KURER, true));
        assertTrue(e.detail().contains("0192:974760673") && e.detail().contains("sent by 0192:" + SENDER), e.detail());
        assertThrows(
                RefusedDpoFile.class,
                () -> IncomingFileRules.check(sbd(SENDER, KURER, "arkivmelding"), null, KURER, true));
        assertThrows(
                RefusedDpoFile.class,
                () -> IncomingFileRules.check(
                        sbd(SENDER, KURER, "arkivmelding"),
                        "urn:altinn:organization:identifier-no:974760673",
                        KURER,
                        true));
    }

    @Test
    void kurersOwnOrganisationAsSenderToAnotherReceiverIsRefusedTwice() {
        assertThrows(
                RefusedDpoFile.class,
                () -> IncomingFileRules.check(sbd(KURER, SENDER, "arkivmelding"), "0192:" + SENDER, KURER, true));
        RefusedDpoFile e = assertThrows(
                RefusedDpoFile.class,
                () -> IncomingFileRules.check(sbd(SENDER, "974760673", "arkivmelding"), "0192:" + SENDER, KURER, true));
        assertTrue(e.detail().contains("addressed to 0192:974760673"), e.detail());
    }

    @Test
    void onlyStatusAndReceiptMessagesComeWithoutPayload() {
        assertDoesNotThrow(() -> IncomingFileRules.check(sbd(SENDER, KURER, "status"), "0192:" + SENDER, KURER, false));
        assertDoesNotThrow(() ->
                IncomingFileRules.check(sbd(SENDER, KURER, "arkivmelding_kvittering"), "0192:" + SENDER, KURER, false));
        RefusedDpoFile e = assertThrows(
                RefusedDpoFile.class,
                () -> IncomingFileRules.check(sbd(SENDER, KURER, "arkivmelding"), "0192:" + SENDER, KURER, false));
        assertTrue(e.detail().contains("no asic.zip"), e.detail());
        assertThrows(
                RefusedDpoFile.class,
                () -> IncomingFileRules.check(sbd(SENDER, KURER, null), "0192:" + SENDER, KURER, false));
    }

    private static Sbd sbd(String sender, String receiver, String type) {
        return new Sbd("m", "c", sender, receiver, type, "{}");
    }
}
