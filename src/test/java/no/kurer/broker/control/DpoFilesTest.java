package no.kurer.broker.control;

import static no.kurer.broker.entity.DpoState.READ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.Sbd;
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

    @Test
    void anIncomingMessagesPayloadIsDiscardedWholeAndNothingElse() throws Exception {
        var cut = new DpoFiles(dir);
        String transfer = UUID.randomUUID().toString();
        Path asic = cut.incomingAsic(transfer);
        Files.createDirectories(asic.getParent());
        Files.writeString(asic, "decrypted");
        Files.writeString(asic.resolveSibling("asic.zip.cms"), "as it came");
        Path neighbour = cut.incomingAsic(UUID.randomUUID().toString());
        Files.createDirectories(neighbour.getParent());
        Files.writeString(neighbour, "another message's");
        DpoMessage message =
                new DpoMessage(Direction.IN, new Sbd("m", "c", "910753614", "999888771", "arkivmelding", "{}"), READ);
        message.fileTransfer(transfer);
        message.packaged(asic.toString(), 9, null);

        assertEquals(List.of(asic.getParent(), asic), cut.of(message));
        DpoFiles.discard(cut.of(message));
        assertFalse(Files.exists(asic.getParent()), "the message's folder, with both files");
        assertTrue(Files.isRegularFile(neighbour), "another message's payload is left");
        DpoFiles.discard(cut.of(message)); // again: nothing left to delete, and no failure
    }
}
