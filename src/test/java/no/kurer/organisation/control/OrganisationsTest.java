package no.kurer.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.kurer.configuration.Settings;
import no.kurer.organisation.entity.Organisation;
import no.kurer.organisation.entity.Organisation.Access;
import no.kurer.testsupport.H2FileDatabase;
import no.kurer.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which organisations Kurer acts for and who may act for which, on the migrated schema in H2: systemuser.org and the
 * added ones; a NextMove user acts for those that name it, else for systemuser.org alone; a removed organisation stays
 * readable but is neither sent for nor polled, and one Altinn no longer authorises is not polled.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationsTest {

    static final String OURS = "999888771";
    static final String A = "311000001";
    static final String B = "311000002";

    @TempDir
    static Path dir;

    private H2FileDatabase database;
    private TestDatabase kurer;

    @BeforeAll
    void start() throws Exception {
        database = new H2FileDatabase(dir);
        kurer = TestDatabase.on(database, "organisations", Map.of("eclipselink.logging.level", "OFF"));
        organisations(o -> o.add(A, "A", Access.STANDARD, null, List.of("fagsystem-a")));
        organisations(o -> o.add(B, "B", Access.STANDARD, null, List.of("fagsystem-b", "both")));
        organisations(o -> o.add(A, "A", Access.STANDARD, null, List.of("fagsystem-a", "both")));
    }

    @AfterAll
    void stop() throws Exception {
        kurer.close();
        database.close();
    }

    @Test
    void aUserActsForTheOrganisationsThatNameItAndOtherwiseForSystemuserOrg() {
        assertEquals(Set.of(A), organisations(o -> o.readableBy("fagsystem-a")));
        assertEquals(Set.of(A, B), organisations(o -> o.readableBy("both")));
        assertEquals(Set.of(OURS), organisations(o -> o.readableBy("fagsystem")));
        assertTrue(organisations(o -> o.readableBy(null)).containsAll(Set.of(OURS, A, B)), "authentication off: all");
        assertEquals(List.of(OURS, A, B), organisations(Organisations::active).subList(0, 3));
    }

    @Test
    void aRemovedOrganisationStaysReadableButIsNeitherSentForNorPolledAndComesBackWhenAddedAgain() {
        organisations(o -> o.add("311000005", null, Access.STANDARD, null, List.of("gone")));
        organisations(o -> o.remove("311000005"));
        assertEquals(Set.of("311000005"), organisations(o -> o.readableBy("gone")));
        assertEquals(Set.of(), organisations(o -> o.sendableBy("gone")));
        assertFalse((boolean) organisations(o -> o.actsFor("311000005")));
        assertFalse(organisations(Organisations::polled).contains("311000005"));

        organisations(o -> o.add("311000005", null, Access.STANDARD, null, List.of("gone")));
        assertTrue((boolean) organisations(o -> o.actsFor("311000005")));
        assertEquals(Set.of("311000005"), organisations(o -> o.sendableBy("gone")));
    }

    @Test
    void anOrganisationAltinnNoLongerAuthorisesIsNotPolledButStillActedFor() {
        organisations(o -> o.add("311000006", null, Access.STANDARD, null, List.of()));
        organisations(o -> {
            o.authorised("311000006", false, "The client delegation was removed in Altinn");
            return null;
        });
        Organisation stored = organisations(o -> o.find("311000006")).orElseThrow();
        assertFalse(stored.authorised());
        assertEquals("The client delegation was removed in Altinn", stored.authorisationNote());
        assertFalse(organisations(Organisations::polled).contains("311000006"));
        assertTrue((boolean) organisations(o -> o.actsFor("311000006")));
    }

    @Test
    void refusals() {
        assertThrows(InvalidOrganisation.class, () -> organisations(o -> o.add("12345", null, null, null, List.of())));
        assertThrows(
                InvalidOrganisation.class,
                () -> organisations(o -> o.add(A, null, null, null, List.of("no spaces please"))));
        assertThrows(
                InvalidOrganisation.class,
                () -> organisations(o -> o.add("311000007", null, Access.AGENT_CLIENT, null, List.of())),
                "an agent client names its agent onboarding");
        assertThrows(
                InvalidOrganisation.class,
                () -> organisations(o -> o.add("311000007", null, Access.AGENT_CLIENT, 424242L, List.of())),
                "no such agent onboarding");
        assertThrows(
                InvalidOrganisation.class,
                () -> organisations(o -> o.add("311000007", null, Access.STANDARD, 1L, List.of())));
        assertThrows(UnknownOrganisation.class, () -> organisations(o -> o.remove("311000008")));
        assertThrows(ConfiguredOrganisation.class, () -> organisations(o -> o.remove(OURS)));
    }

    private <T> T organisations(Function<Organisations, T> work) {
        return kurer.transaction(em -> {
            Organisations organisations = new Organisations();
            organisations.em = em;
            organisations.settings = new Settings(
                    key -> Optional.ofNullable(Settings.DPO_ORGANISATION.name().equals(key) ? OURS : null));
            return work.apply(organisations);
        });
    }
}
