package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DpoFilesTest {

    @TempDir
    Path dir;

    @Test
    void namesTheAsicEUsesItselfAreNotFileNames() {
        var cut = new DpoFiles(dir);
        for (String reserved : new String[] {"mimetype", "manifest.xml", "MANIFEST.XML", "META-INF"}) {
            InvalidFileName e = assertThrows(InvalidFileName.class, () -> cut.outgoingFile(1, reserved), reserved);
            assertEquals(400, e.status());
        }
        assertEquals("brev.xml", cut.outgoingFile(1, "brev.xml").getFileName().toString());
    }
}
