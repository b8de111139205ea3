package no.kurer.sandbox.c3.control;

/** 409: the meldingsid (POST) or its package (PUT) was received before. */
public class AlreadyReceived extends C3Refusal {

    public AlreadyReceived(String detail) {
        super(409, "sandbox-c3-already-received", "Conflict", detail);
    }
}
