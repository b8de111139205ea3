package no.kurer.broker.control;

import no.kurer.problems.Problem;

/**
 * A broker file Kurer cannot take as it is: not a zip holding a readable {@code sbd.json} and {@code asic.zip}, a
 * download that does not match the broker's checksum, or a payload that is not for Kurer or whose signature does not
 * hold; each with a problem type of its own ({@link RefusedDpoFile} for a file that breaks the rules). Kept as a
 * FAILED incoming message and confirmed, never delivered.
 */
public class CorruptPackage extends Problem {

    public CorruptPackage(String detail) {
        this("dpo-corrupt-package", "Unreadable DPO package", detail);
    }

    protected CorruptPackage(String slug, String title, String detail) {
        super(422, slug, title, detail);
    }

    /** The payload's CMS envelope is not encrypted to Kurer's enterprise certificate. */
    public static CorruptPackage notForUs(String detail) {
        return new CorruptPackage(
                "dpo-payload-not-for-us", "The DPO payload is not encrypted to this integration point", detail);
    }

    /** The ASiC-E's signature, a digest of its manifest, or its signer does not hold. */
    public static CorruptPackage invalidSignature(String detail) {
        return new CorruptPackage("dpo-invalid-payload-signature", "The DPO payload's signature does not hold", detail);
    }

    /** The downloaded bytes are not those the broker's checksum names. */
    public static CorruptPackage checksumMismatch(String detail) {
        return new CorruptPackage("dpo-checksum-mismatch", "The download does not match the broker's checksum", detail);
    }
}
