/**
 * {@code /sandbox/smp} (Peppol SMP 1.0 {@code GET {participant}/services/{document type}}) and {@code /sandbox/as4}
 * (the AS4 corner 3); {@link no.kurer.sandbox.peppol.boundary.SandboxPeppol} wires them from {@code sandbox.*} keys.
 */
package no.kurer.sandbox.peppol.boundary;
