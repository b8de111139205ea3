/**
 * The sandbox Altinn Authentication stand-in ({@code reference/PROTOCOLS.md}, "Altinn Authentication"; seed 000, first
 * diagram, and seed 004): the system register, system user requests with a confirm page where a person clicks
 * Approve or Reject, and the Maskinporten token exchange, under
 * {@code /sandbox/altinn/authentication/api/v1}. Its approvals are what the sandbox Maskinporten consults before it
 * issues a system user token. State survives restarts in {@code ${sandbox.dir}/altinn-authentication.json}.
 */
package no.kurer.sandbox.altinn;
