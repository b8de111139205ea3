/**
 * Local stand-ins for the services around Kurer (Maskinporten, a test certificate authority, a
 * corner 1 sender), served under {@code /sandbox/…} only when {@code sandbox.enabled=true}.
 *
 * <p>The sandbox is a guest in the WAR: it imports nothing from {@code no.kurer} outside this
 * package and talks to Kurer only over HTTP, so it could move to a WAR of its own unchanged.
 * It implements the protocols described in {@code reference/PROTOCOLS.md} (Maskinporten) and seed
 * {@code 003} (the corner 1 → corner 2 API).
 */
package no.kurer.sandbox;
