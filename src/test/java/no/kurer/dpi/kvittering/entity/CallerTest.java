package no.kurer.dpi.kvittering.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who may read what belongs to a message: its sender, or the data processor that sent it for that sender. */
class CallerTest {

    static final String AVSENDER = "991825827";
    static final String OTHER = "910753614";
    static final String PROCESSOR = "889640782";
    static final String OTHER_PROCESSOR = "974760673";

    @Test
    void theSenderReadsWhatItSentItselfOrThroughAProcessor() {
        var cut = new Caller(AVSENDER, null);
        assertTrue(cut.mayRead(AVSENDER, null));
        assertTrue(cut.mayRead(AVSENDER, PROCESSOR));
    }

    @Test
    void anotherSenderReadsNothing() {
        var cut = new Caller(OTHER, null);
        assertFalse(cut.mayRead(AVSENDER, null));
        assertFalse(cut.mayRead(AVSENDER, PROCESSOR));
    }

    @Test
    void theProcessorReadsWhatItSentForThatSender() {
        assertTrue(new Caller(AVSENDER, PROCESSOR).mayRead(AVSENDER, PROCESSOR));
    }

    @Test
    void aProcessorNotOnTheConversationReadsNothing() {
        assertFalse(new Caller(AVSENDER, OTHER_PROCESSOR).mayRead(AVSENDER, PROCESSOR));
        assertFalse(new Caller(AVSENDER, OTHER_PROCESSOR).mayRead(AVSENDER, null));
    }

    @Test
    void theProcessorActingForAnotherSenderReadsNothing() {
        assertFalse(new Caller(OTHER, PROCESSOR).mayRead(AVSENDER, PROCESSOR));
    }
}
