package no.kurer.systemuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kurer.testsupport.Admin;
import no.kurer.testsupport.PayaraMicro;
import org.junit.jupiter.api.Test;

/**
 * Onboardings survive a restart of a real Payara Micro: one still waiting for Altinn (which was failing) and one
 * waiting for the customer's approval both resume where they were, with their history.
 */
class OnboardingRestartIT {

    static final int PORT = Integer.getInteger("kurer.it.port", 18080) + 20;
    static final Duration WAIT = Duration.ofSeconds(40);

    final Path dir =
            Path.of(System.getProperty("kurer.it.dir", "target/it"), "onboarding-restart-" + System.nanoTime());

    @Test
    void onboardingsResumeWhereTheyWereAfterARestart() throws Exception {
        Map<String, String> properties = Map.of(
                "mp.config.profile",
                "sandbox",
                "sandbox.base-url",
                "http://localhost:" + PORT,
                "sandbox.dir",
                dir.resolve("sandbox").toString(),
                "storage.dir",
                dir.resolve("files").toString(),
                "db.url",
                "jdbc:h2:file:" + dir.resolve("db").resolve("kurer").toAbsolutePath()
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000");
        List<String> adminUser = List.of("--postbootcommandfile", "server-config/payara/admin-user.asadmin");

        long waitingForApproval;
        long waitingForAltinn;
        String confirmUrl;
        try (PayaraMicro kurer = PayaraMicro.start(PORT, properties, adminUser, dir.resolve("first.log"))) {
            Admin admin = new Admin(kurer.base());
            JsonNode pending =
                    admin.start(SystemUserOnboardingIT.CUSTOMER, "before-restart-" + SystemUserOnboardingIT.RUN);
            assertEquals("New", pending.path("status").asText(), pending.toString());
            waitingForApproval = pending.path("id").asLong();
            confirmUrl = pending.path("confirmUrl").asText();

            admin.altinnFails(10_000, 503);
            JsonNode stuck = admin.start(SystemUserOnboardingIT.CUSTOMER, "altinn-down-" + SystemUserOnboardingIT.RUN);
            assertEquals("RegisteringSystem", stuck.path("status").asText(), stuck.toString());
            waitingForAltinn = stuck.path("id").asLong();
        }
        try (PayaraMicro kurer = PayaraMicro.start(PORT, properties, adminUser, dir.resolve("second.log"))) {
            Admin admin = new Admin(kurer.base());
            // the stand-in's fault mode did not survive the restart: Altinn answers again, and Kurer goes on
            JsonNode resumed = admin.awaitStatus(waitingForAltinn, "New", WAIT);
            assertTrue(resumed.path("history").toString().contains("503"), resumed.toString());

            assertEquals(
                    "New", admin.registration(waitingForApproval).path("status").asText());
            assertEquals(200, admin.decide(confirmUrl, "approve").statusCode());
            JsonNode accepted = admin.awaitStatus(waitingForApproval, "Accepted", WAIT);
            // the statuses it went through, in order; a step retried after a passing failure (e.g. Maskinporten still
            // starting) adds an entry with the same status and its reason, and is not a new status
            List<String> statuses = new ArrayList<>();
            accepted.path("history").forEach(entry -> {
                String status = entry.path("status").asText();
                if (statuses.isEmpty() || !statuses.get(statuses.size() - 1).equals(status)) {
                    statuses.add(status);
                }
            });
            assertEquals(List.of("RegisteringSystem", "New", "Accepted"), statuses, accepted.toString());
        }
    }
}
