package no.kurer.sandbox.registry.control;

/**
 * The stand-in's fault modes, set by tests: {@code down} answers every lookup 503, {@code tampered} alters the payload
 * of every signed answer after signing, so its signature no longer holds.
 */
public class RegistryFaults {

    private volatile boolean down;
    private volatile boolean tampered;

    public void set(boolean down, boolean tampered) {
        this.down = down;
        this.tampered = tampered;
    }

    public boolean down() {
        return down;
    }

    public boolean tampered() {
        return tampered;
    }
}
