package no.kurer.broker.control;

import no.kurer.problems.Problem;

/**
 * A broker file that is not a zip holding a readable {@code sbd.json} and {@code asic.zip}; the subclasses name what
 * is wrong with the payload. Kept as a FAILED incoming message and confirmed, never delivered.
 */
public class CorruptPackage extends Problem {

    public CorruptPackage(String detail) {
        this("dpo-corrupt-package", "Unreadable DPO package", detail);
    }

    protected CorruptPackage(String slug, String title, String detail) {
        super(422, slug, title, detail);
    }
}
