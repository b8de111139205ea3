package no.kurer.dpi.control.store;

import no.kurer.problems.Problem;

/**
 * The stored dokumentpakke's SHA-256 differs from {@code dokumentpakkefingeravtrykk} in the forretningsmelding.
 * The caller discards the package; the message keeps waiting for a correct one.
 */
public class FingerprintMismatch extends Problem {

    public FingerprintMismatch(String expectedBase64, String actualBase64) {
        super(400, "dokumentpakke-fingerprint-mismatch", "Dokumentpakke fingerprint mismatch",
                "The dokumentpakke's SHA-256 is " + actualBase64 + " but the forretningsmelding's"
                        + " dokumentpakkefingeravtrykk.digestValue is " + expectedBase64
                        + "; the package was discarded. Send the right package again.");
    }
}
