package no.kurer.admin.control;

import no.kurer.problems.Problem;

/** The admin API was asked for a failed incoming DPO file that Kurer does not hold. */
public class UnknownFailedFile extends Problem {

    public UnknownFailedFile(long id) {
        super(
                404,
                "unknown-failed-file",
                "Unknown failed file",
                "No incoming DPO file with id " + id + " ended FAILED; see GET /admin/dpo/failed.");
    }
}
