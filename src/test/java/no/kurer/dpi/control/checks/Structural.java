package no.kurer.dpi.control.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts that a check refuses a package for its structure ({@code invalid-dokumentpakke}, 400). */
final class Structural {

    private Structural() {}

    static InvalidDokumentpakke refused(Executable check) {
        InvalidDokumentpakke refused = assertThrows(InvalidDokumentpakke.class, check);
        assertEquals("urn:kurer:problem:invalid-dokumentpakke", refused.type(), refused.detail());
        assertEquals(400, refused.status());
        return refused;
    }
}
