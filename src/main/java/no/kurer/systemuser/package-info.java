/**
 * System user onboarding in Altinn for the integration point (issue 4; seed 000, first diagram; seeds 004 and 001;
 * PROTOCOLS.md, "Altinn Authentication"): create or update Kurer's system in Altinn's system register
 * ({@code <orgno>_<name>}) with its access packages, request a standard system user ({@code externalRef}
 * {@code <systemId>_systembruker_<name>}), and follow the request by EJB timer until Accepted, Rejected, Denied or
 * Timedout; every onboarding and its status history is stored. {@code control.SystemUsers} answers which system user
 * Kurer acts with: one configured ({@code systemuser.org}, {@code .system-id}, {@code .external-ref}) or the accepted
 * onboarding. Issue 18, item 2 (docs/altinn-agent-system-users.md): an agent system user of a service provider
 * ({@code externalRef} {@code <systemId>_agent_<name>}) whose delegated clients the timer follows
 * ({@code control.ClientDelegations}), and change requests for more access packages ({@code control.PackageChanges}).
 */
package no.kurer.systemuser;
