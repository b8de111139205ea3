/**
 * The sandbox Altinn Authentication stand-in ({@code reference/PROTOCOLS.md}, "Altinn Authentication"; seed 000, first
 * diagram, and seed 004): the system register, system user requests with a confirm page where a person clicks
 * Approve or Reject, and the Maskinporten token exchange, under
 * {@code /sandbox/altinn/authentication/api/v1}. Its approvals are what the sandbox Maskinporten consults before it
 * issues a system user token. It also serves agent system users (requests with access packages required), the
 * client delegation API and change requests for standard system users (issue 18; the shapes and their sources in
 * {@code docs/altinn-agent-system-users.md}): a client's token is issued only while its delegation exists. State
 * survives restarts in {@code ${sandbox.dir}/altinn-authentication.json}.
 */
package no.kurer.sandbox.altinn;
