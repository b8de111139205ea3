package no.kurer.sandbox.altinn.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import no.kurer.sandbox.altinn.entity.SystemUserRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AltinnAuthenticationTest {

    static final String VENDOR = "999888771";
    static final String PACKAGE = "urn:altinn:accesspackage:informasjon-og-kommunikasjon";

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));

    AltinnAuthentication cut(Path file) {
        return new AltinnAuthentication(
                new AltinnState(file), id -> "https://confirm/" + id, Duration.ofHours(1), clock);
    }

    static Map<String, Object> system(String id) {
        return Map.of(
                "id",
                id,
                "vendor",
                Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + VENDOR),
                "clientId",
                List.of("client-1"),
                "accessPackages",
                List.of(Map.of("urn", PACKAGE)));
    }

    @Test
    void aSystemIdMustBeTheVendorsOrgnoAndANameWithoutSpaces() {
        AltinnAuthentication cut = cut(null);
        assertEquals(
                400,
                assertThrows(AltinnRefusal.class, () -> cut.register(VENDOR, system("910753614_kurer")))
                        .status());
        assertTrue(assertThrows(AltinnRefusal.class, () -> cut.register(VENDOR, system(VENDOR + "_has space")))
                .problem()
                .get("code")
                .equals("AUTH.VLD-00001"));
        cut.register(VENDOR, system(VENDOR + "_kurer"));
        assertEquals(
                409,
                assertThrows(AltinnRefusal.class, () -> cut.register(VENDOR, system(VENDOR + "_kurer")))
                        .status());
        assertEquals(
                403,
                assertThrows(AltinnRefusal.class, () -> cut.system("910753614", VENDOR + "_kurer"))
                        .status());
    }

    @Test
    void aRepeatedRequestAnswersTheExistingOneAndApprovalGrantsTheSystemUser() {
        AltinnAuthentication cut = cut(dir.resolve("state.json"));
        cut.register(VENDOR, system(VENDOR + "_kurer"));
        var first = cut.request(VENDOR, VENDOR + "_kurer", "991825827", "ref", List.of(PACKAGE), null);
        var again = cut.request(VENDOR, VENDOR + "_kurer", "991825827", "ref", List.of(PACKAGE), null);
        assertTrue(first.isNew());
        assertFalse(again.isNew());
        assertEquals(first.request().id(), again.request().id());
        assertTrue(cut.approved("client-1", "991825827", "ref").isEmpty(), "not approved yet");

        cut.decide(first.request().id(), true);

        var user = cut.approved("client-1", "991825827", "ref").orElseThrow();
        assertEquals(VENDOR + "_kurer", user.systemId());
        assertTrue(cut.approved("another-client", "991825827", "ref").isEmpty());
        assertTrue(cut.approved("client-1", "991825827", "other-ref").isEmpty());
        // and after a restart (a new instance on the same file)
        assertEquals(
                user,
                cut(dir.resolve("state.json"))
                        .approved("client-1", "991825827", "ref")
                        .orElseThrow());
    }

    @Test
    void anUnansweredRequestTimesOut() {
        AltinnAuthentication cut = cut(null);
        cut.register(VENDOR, system(VENDOR + "_kurer"));
        String id = cut.request(VENDOR, VENDOR + "_kurer", "991825827", null, List.of(PACKAGE), null)
                .request()
                .id();
        assertEquals("991825827", cut.request(id).externalRef(), "externalRef defaults to the orgno");

        clock.now = clock.now.plus(Duration.ofHours(2));

        assertEquals(SystemUserRequest.TIMEDOUT, cut.request(VENDOR, id).status());
        assertEquals(
                400,
                assertThrows(AltinnRefusal.class, () -> cut.decide(id, true)).status());
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
