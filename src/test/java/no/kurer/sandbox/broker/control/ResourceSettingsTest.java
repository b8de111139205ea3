package no.kurer.sandbox.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceSettingsTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 5, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    final ResourceSettings cut = ResourceSettings.defaults(null, ResourceSettings.DEFAULT_TIME_TO_LIVE);

    @Test
    void aTransferPastItsExpirationTimeIsPurgedWhateverItsStatus() {
        for (String status : new String[] {"Initialized", "UploadStarted", "Published", "Failed"}) {
            assertTrue(cut.purgeDue(status, NOW.minusDays(40), NOW.minusSeconds(1), NOW), status);
            assertFalse(cut.purgeDue(status, NOW.minusDays(40), NOW.plusSeconds(1), NOW), status);
        }
        assertFalse(cut.purgeDue("Purged", NOW.minusDays(40), NOW.minusDays(1), NOW));
    }

    @Test
    void allConfirmedIsPurgedAfterTheGracePeriodUnlessTheResourceKeepsIt() {
        OffsetDateTime expires = NOW.plusDays(20);
        assertFalse(cut.purgeDue("AllConfirmedDownloaded", NOW.minusMinutes(119), expires, NOW));
        assertTrue(cut.purgeDue("AllConfirmedDownloaded", NOW.minusMinutes(120), expires, NOW));
        ResourceSettings keeps = cut.with(Map.of("purgeFileTransferAfterAllRecipientsConfirmed", false));
        assertFalse(keeps.purgeDue("AllConfirmedDownloaded", NOW.minusDays(1), expires, NOW));
        ResourceSettings quick = cut.with(Map.of("purgeFileTransferGracePeriod", "PT1M"));
        assertTrue(quick.purgeDue("AllConfirmedDownloaded", NOW.minusMinutes(1), expires, NOW));
    }

    @Test
    void takesAltinnsSettingsAndRefusesWhatAltinnRefuses() {
        ResourceSettings changed = cut.with(Map.of("maxFileTransferSize", 1000, "fileTransferTimeToLive", "PT5S"));
        assertEquals(Duration.ofSeconds(5), changed.fileTransferTimeToLive());
        assertTrue(changed.tooLarge(1001));
        assertFalse(changed.tooLarge(1000));
        assertFalse(cut.tooLarge(Long.MAX_VALUE));
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("maxFileTransferSize", 0),
                Map.of("maxFileTransferSize", -1),
                Map.of("fileTransferTimeToLive", "30 days"),
                Map.of("fileTransferTimeToLive", "P366D"),
                Map.of("purgeFileTransferGracePeriod", "PT25H"))) {
            assertEquals(
                    400, assertThrows(BrokerRefusal.class, () -> cut.with(bad)).status(), bad.toString());
        }
    }

    @Test
    void resourcesStartFromTheDefaultsAndKeepTheirOwnSettings() {
        BrokerResources resources = new BrokerResources(cut);
        resources.configure("a", Map.of("fileTransferTimeToLive", "PT10S"));
        resources.configure("a", Map.of("purgeFileTransferGracePeriod", "PT5M"));
        assertEquals(Duration.ofSeconds(10), resources.of("a").fileTransferTimeToLive());
        assertEquals(ResourceSettings.DEFAULT_TIME_TO_LIVE, resources.of("b").fileTransferTimeToLive());
        assertEquals(Duration.ofMinutes(5), resources.shortestGracePeriod());
    }
}
