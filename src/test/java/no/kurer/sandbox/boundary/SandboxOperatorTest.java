package no.kurer.sandbox.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import no.kurer.maskinporten.control.EnterpriseKeystore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox issues Kurer's own identity at startup where the {@code %sandbox.} profile's keystore keys point. */
class SandboxOperatorTest {

    @TempDir
    Path dir;

    Sandbox sandbox(boolean enabled) {
        Sandbox cut = new Sandbox();
        cut.enabled = enabled;
        cut.dir = dir.toString();
        cut.operatorOrgno = Sandbox.OPERATOR_ORGNO;
        return cut;
    }

    @Test
    void startupWritesTheOperatorKeystoreThatKurerThenLoads() {
        sandbox(true).onStart(null);

        Path keystore = dir.resolve("identities/999888771.p12");
        EnterpriseKeystore loaded = EnterpriseKeystore.load(keystore, "sandbox".toCharArray(), null);
        assertEquals("999888771", loaded.orgno());
        assertEquals(2, loaded.chain().size(), "leaf and the sandbox root");
    }

    @Test
    void theOperatorKeepsItsKeyAcrossRestarts() {
        Sandbox first = sandbox(true);
        first.onStart(null);
        Sandbox second = sandbox(true);
        second.onStart(null);

        assertEquals(first.operator().certificate(), second.operator().certificate());
    }

    @Test
    void nothingIsWrittenWhileTheSandboxIsOff() {
        sandbox(false).onStart(null);

        assertFalse(Files.exists(dir.resolve("identities")));
        assertTrue(Files.isDirectory(dir));
    }
}
