package no.kurer.guard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which requests count against which upload limit. */
class UploadGroupTest {

    @Test
    void bodiesToTheUploadEndpointsBelongToTheirGroup() {
        assertEquals(Optional.of(UploadGroup.AS4), UploadGroup.of("POST", "/as4"));
        assertEquals(Optional.of(UploadGroup.DPI), UploadGroup.of("PUT", "/dpi/sendmelding/abc"));
        assertEquals(Optional.of(UploadGroup.DPI), UploadGroup.of("POST", "/dpi/send/digitalpost/1/2"));
        assertEquals(Optional.of(UploadGroup.DPI), UploadGroup.of("POST", "/dpi/messages/out"));
        assertEquals(Optional.of(UploadGroup.DPO), UploadGroup.of("PUT", "/api/messages/out/id"));
        assertEquals(Optional.of(UploadGroup.DPO), UploadGroup.of("POST", "/api/messages/out/multipart"));
        assertEquals("uploads.dpo.max-concurrent", UploadGroup.DPO.key());
    }

    @Test
    void readsAndOtherEndpointsAreNotLimited() {
        assertEquals(Optional.empty(), UploadGroup.of("GET", "/as4"));
        assertEquals(Optional.empty(), UploadGroup.of("GET", "/dpi/messages/out/id/statuses"));
        assertEquals(Optional.empty(), UploadGroup.of("POST", "/dpi/messages/in/id/read"));
        assertEquals(Optional.empty(), UploadGroup.of("POST", "/dpi/c3/kvittering/1/2/3"));
        assertEquals(Optional.empty(), UploadGroup.of("POST", "/admin/systemusers"));
        assertEquals(Optional.empty(), UploadGroup.of("GET", "/api/messages/in/peek"));
    }
}
