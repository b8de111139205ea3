package no.kurer.broker.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import no.kurer.broker.control.InvalidFileName;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void readsQuotedPlainAndExtendedNames() {
        assertEquals(Optional.of("brev.pdf"), ContentDisposition.filename("attachment; filename=\"brev.pdf\""));
        assertEquals(Optional.of("brev.pdf"), ContentDisposition.filename("attachment; name=\"x\"; filename=brev.pdf"));
        assertEquals(
                Optional.of("brév 1+1.pdf"),
                ContentDisposition.filename("attachment; filename=\"brev.pdf\"; filename*=UTF-8''br%C3%A9v%201+1.pdf"));
        assertEquals(Optional.empty(), ContentDisposition.filename("attachment"));
    }

    @Test
    void refusesBytesOutsideAsciiSayingHowToSendSuchAName() {
        // a server that passes the header on hands it over as ISO-8859-1: UTF-8's é arrives as two characters
        InvalidFileName refused = assertThrows(
                InvalidFileName.class,
                () -> ContentDisposition.filename("attachment; filename=\"br\u00c3\u00a9v.pdf\""));
        assertEquals(400, refused.status());
        assertTrue(refused.detail().contains("filename*=UTF-8''"), refused.detail());
    }
}
