package no.kurer.admin.control;

import no.kurer.problems.Problem;

/** A failed incoming DPO file whose raw file Kurer did not keep (refused by the rules) or that is gone. */
public class RawFileNotKept extends Problem {

    public RawFileNotKept(long id) {
        super(
                404,
                "raw-file-not-kept",
                "Raw file not kept",
                "Kurer holds no raw file of failed incoming DPO file " + id
                        + ": a file refused by the sender and receiver rules, or inflating too far, is not kept.");
    }
}
