package no.kurer.sandbox.c3.control;

/** 503: the fault mode told corner 3 to refuse this new message. */
public class RefusedByFaultMode extends C3Refusal {

    public RefusedByFaultMode(int left) {
        super(
                503,
                "sandbox-c3-unavailable",
                "Service Unavailable",
                "The sandbox corner 3 refuses this message (fault mode; " + left + " more refusals to come).");
    }
}
