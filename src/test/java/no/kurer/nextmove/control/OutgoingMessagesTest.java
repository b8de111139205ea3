package no.kurer.nextmove.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OutgoingMessagesTest {

    @Test
    void theFilesAnArkivmeldingRefersToAreItsReferanseDokumentfil() {
        String xml = "<arkivmelding xmlns=\"http://www.arkivverket.no/standarder/noark5/arkivmelding\">"
                + "<dokumentobjekt><referanseDokumentfil>brev.pdf</referanseDokumentfil></dokumentobjekt>"
                + "<dokumentobjekt><a:referanseDokumentfil> vedlegg 1.pdf </a:referanseDokumentfil></dokumentobjekt>"
                + "</arkivmelding>";
        assertEquals(Set.of("brev.pdf", "vedlegg 1.pdf"), OutgoingMessages.references(xml));
        assertEquals(Set.of(), OutgoingMessages.references("<arkivmelding/>"));
    }

    @Test
    void theMainDocumentIsHoveddokumentOfTheBusinessMessage() {
        String sbd = "{\"standardBusinessDocumentHeader\":{\"documentIdentification\":{\"type\":\"arkivmelding\"}},"
                + "\"arkivmelding\":{\"hoveddokument\":\"brev.pdf\"}}";
        assertEquals("brev.pdf", MainDocument.of(sbd));
        assertEquals(null, MainDocument.of(sbd.replace("hoveddokument", "other")));
    }
}
