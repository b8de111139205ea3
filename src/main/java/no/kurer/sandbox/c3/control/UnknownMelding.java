package no.kurer.sandbox.c3.control;

/** 404: a package for a meldingsid whose forretningsmelding corner 3 never accepted. */
public class UnknownMelding extends C3Refusal {

    public UnknownMelding(String meldingsid) {
        super(
                404,
                "sandbox-c3-unknown-message",
                "Not Found",
                "No forretningsmelding with meldingsid " + meldingsid + " was received; POST it first.");
    }
}
