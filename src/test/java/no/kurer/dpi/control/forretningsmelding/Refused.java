package no.kurer.dpi.control.forretningsmelding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts that reading is refused as an {@link InvalidForretningsmelding} of one precise problem type. */
final class Refused {

    private Refused() {}

    static InvalidForretningsmelding as(String slug, Executable read) {
        InvalidForretningsmelding refused = assertThrows(InvalidForretningsmelding.class, read);
        assertEquals("urn:kurer:problem:" + slug, refused.type(), refused.detail());
        return refused;
    }
}
