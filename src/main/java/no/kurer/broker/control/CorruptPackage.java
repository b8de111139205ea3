package no.kurer.broker.control;

import no.kurer.problems.Problem;

/** A broker file that is not a zip holding a readable {@code sbd.json} (and {@code asic.zip}). */
public class CorruptPackage extends Problem {

    public CorruptPackage(String detail) {
        super(422, "dpo-corrupt-package", "Unreadable DPO package", detail);
    }
}
