package no.kurer.sandbox.altinn.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.kurer.sandbox.altinn.entity.ChangeRequest;
import no.kurer.sandbox.altinn.entity.SystemUserRequest;
import org.junit.jupiter.api.Test;

class ChangeRequestsTest {

    static final String VENDOR = AltinnAuthenticationTest.VENDOR;
    static final String OLD = AltinnAuthenticationTest.PACKAGE;
    static final String NEW = "urn:altinn:accesspackage:post-og-arkiv";
    static final String SYSTEM = VENDOR + "_kurer";
    static final String CUSTOMER = "991825827";

    final AltinnAuthentication cut = new AltinnAuthentication(
            AltinnState.inMemory(),
            id -> "https://confirm/" + id,
            Duration.ofHours(1),
            new AltinnAuthenticationTest.MutableClock(Instant.parse("2026-01-05T10:00:00Z")));

    String standardUser() {
        cut.register(
                VENDOR,
                Map.of(
                        "id",
                        SYSTEM,
                        "vendor",
                        Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + VENDOR),
                        "clientId",
                        List.of("client-1"),
                        "accessPackages",
                        List.of(Map.of("urn", OLD), Map.of("urn", NEW))));
        SystemUserRequest request =
                cut.request(VENDOR, SYSTEM, CUSTOMER, null, List.of(OLD), null).request();
        return cut.decide(request.id(), true).systemUserId();
    }

    @Test
    void anApprovedChangeRequestChangesTheSystemUsersPackages() {
        String user = standardUser();
        var created = cut.changes().create(VENDOR, "corr-1", user, List.of(NEW), List.of(OLD), null);
        assertTrue(created.isNew());
        assertEquals(SystemUserRequest.NEW, created.request().status());
        assertTrue(created.request().confirmUrl().endsWith("corr-1?kind=change"));
        assertFalse(
                cut.changes()
                        .create(VENDOR, "corr-1", user, List.of(NEW), List.of(OLD), null)
                        .isNew(),
                "the same correlation-id answers the same request");
        ChangeRequest approved = cut.changes().decide("corr-1", true);
        assertEquals(SystemUserRequest.ACCEPTED, approved.status());
        assertEquals(
                List.of(NEW), cut.request(VENDOR, SYSTEM, CUSTOMER, CUSTOMER).accessPackages());
        assertEquals(
                400,
                assertThrows(AltinnRefusal.class, () -> cut.changes().decide("corr-1", false))
                        .status());
    }

    @Test
    void emptySetsNeedNoChange() {
        String user = standardUser();
        var created = cut.changes().create(VENDOR, "corr-2", user, List.of(), List.of(), null);
        assertFalse(created.isNew());
        assertEquals(ChangeRequest.NO_CHANGE_NEEDED, created.request().status());
        assertEquals("", created.request().confirmUrl());
    }

    @Test
    void refusals() {
        String user = standardUser();
        assertEquals(
                400,
                assertThrows(
                                AltinnRefusal.class,
                                () -> cut.changes().create(VENDOR, null, user, List.of(NEW), List.of(), null))
                        .status(),
                "no correlation-id");
        assertEquals(
                400,
                assertThrows(
                                AltinnRefusal.class,
                                () -> cut.changes().create(VENDOR, user, user, List.of(NEW), List.of(), null))
                        .status(),
                "correlation-id equal to the system user id");
        assertEquals(
                404,
                assertThrows(
                                AltinnRefusal.class,
                                () -> cut.changes().create(VENDOR, "c", "nobody", List.of(NEW), List.of(), null))
                        .status());
        assertEquals(
                401,
                assertThrows(
                                AltinnRefusal.class,
                                () -> cut.changes().create("123456789", "c", user, List.of(NEW), List.of(), null))
                        .status(),
                "another vendor");
        assertEquals(
                400,
                assertThrows(
                                AltinnRefusal.class,
                                () -> cut.changes().create(VENDOR, "c", user, List.of("urn:x"), List.of(), null))
                        .status(),
                "a package not on the system");
    }
}
