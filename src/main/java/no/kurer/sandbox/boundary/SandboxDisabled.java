package no.kurer.sandbox.boundary;

/** A sandbox component was asked for while {@code sandbox.enabled=false}. */
public class SandboxDisabled extends IllegalStateException {

    public SandboxDisabled() {
        super("The sandbox is switched off (sandbox.enabled=false)");
    }
}
