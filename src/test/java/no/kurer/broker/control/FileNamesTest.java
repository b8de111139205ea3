package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNamesTest {

    @TempDir
    Path dir;

    @Test
    void namesAReceiverCannotStoreOrOpenAreRefused() {
        for (String name : List.of(
                "a\u0000b",
                "a\rb",
                "a\nb",
                "a\tb",
                "é".repeat(128),
                "\uD83D\uDE00".repeat(64),
                "a:b",
                "a*b",
                "",
                " ",
                ".hidden",
                "mimetype")) {
            assertEquals(
                    400,
                    assertThrows(InvalidFileName.class, () -> FileNames.require(name), name)
                            .status());
        }
        assertEquals("é".repeat(127), FileNames.require("é".repeat(127)), "254 bytes fit");
        assertEquals("Brev 1 (kopi).pdf", FileNames.require("Brev 1 (kopi).pdf"));
    }

    @Test
    void anEmptyFileAndANameDifferingOnlyInCaseLeaveNothingBehind() throws Exception {
        DpoFiles cut = new DpoFiles(dir);
        assertThrows(EmptyFile.class, () -> cut.receive(1, "tom.pdf", InputStream.nullInputStream()));
        assertEquals(List.of(), cut.outgoingFiles(1));
        cut.receive(1, "Brev.pdf", new ByteArrayInputStream(new byte[] {1}));
        assertThrows(InvalidFileName.class, () -> cut.receive(1, "brev.PDF", new ByteArrayInputStream(new byte[] {1})));
        assertEquals(1, cut.receive(1, "Brev.pdf", new ByteArrayInputStream(new byte[] {2})), "the same name replaces");
        try (var files = Files.list(dir.resolve("dpo/out/1/files"))) {
            assertEquals(
                    List.of("Brev.pdf"),
                    files.map(f -> f.getFileName().toString()).toList());
        }
    }
}
