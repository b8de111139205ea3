package no.kurer.nextmove.control;

import no.kurer.problems.Problem;

/** {@code /api} with a user of the server who does not have the role {@code nextmove} (403). */
public class NotNextMoveUser extends Problem {

    public NotNextMoveUser() {
        super(403, "forbidden", "Forbidden", "This user does not have the role nextmove.");
    }
}
