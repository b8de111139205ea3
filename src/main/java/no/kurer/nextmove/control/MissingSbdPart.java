package no.kurer.nextmove.control;

import no.kurer.problems.Problem;

/** A multipart create without its part {@code sbd} (400). */
public class MissingSbdPart extends Problem {

    public MissingSbdPart() {
        super(
                400,
                "nextmove-missing-sbd-part",
                "The part sbd is missing",
                "POST /api/messages/out/multipart takes a form-data part named sbd with the standard business "
                        + "document (JSON), then one part per file.");
    }
}
