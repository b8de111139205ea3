package no.kurer.dpi.kvittering.control;

import no.kurer.problems.Problem;

/** Corner 3 delivered a forretningsmelding that is not of a receipt type. */
public class NotAKvittering extends Problem {

    public NotAKvittering(String type) {
        super(
                400,
                "not-a-kvittering",
                "Not a receipt",
                "A " + type
                        + " is not a receipt; corner 3 delivers leveringskvittering, mottakskvittering, aapningskvittering, varslingfeiletkvittering, returpostkvittering or feil.");
    }
}
