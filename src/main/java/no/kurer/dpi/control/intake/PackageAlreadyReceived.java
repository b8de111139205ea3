package no.kurer.dpi.control.intake;

import no.kurer.problems.Problem;

/** The message already has its dokumentpakke; it cannot be replaced. */
public class PackageAlreadyReceived extends Problem {

    public PackageAlreadyReceived(String meldingsid) {
        super(
                409,
                "package-already-received",
                "Dokumentpakke already received",
                "Message '" + meldingsid + "' already has a verified dokumentpakke; it cannot be replaced.");
    }
}
