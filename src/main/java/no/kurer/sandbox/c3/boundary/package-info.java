/**
 * {@code /sandbox/c3}: the sandbox corner 3 over HTTP. {@code POST}/{@code PUT sendmelding/{meldingsid}} receive
 * what Kurer forwards (seed {@code 003}'s C1–C2 interface, reused towards corner 3), {@code GET received} lists
 * it for tests, {@code POST}/{@code DELETE faults} switch the fault modes. {@link no.kurer.sandbox.c3.boundary.Corner3}
 * wires the parts from configuration ({@code sandbox.c3.*}) and a Jakarta Concurrency scheduler.
 */
package no.kurer.sandbox.c3.boundary;
