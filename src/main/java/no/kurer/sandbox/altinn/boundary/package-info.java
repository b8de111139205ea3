/**
 * HTTP of the Altinn Authentication stand-in: the API at {@code /sandbox/altinn/authentication/api/v1} (agent
 * requests, change requests and client delegation in their own resources, one per root path), the confirm page at
 * {@code /sandbox/altinn/confirm/{requestId}} ({@code ?kind=agent} or {@code ?kind=change} for those), and test
 * controls ({@code /sandbox/altinn/faults}, {@code /sandbox/altinn/requests/{id}/timeout},
 * {@code /sandbox/altinn/agents/{systemUserId}/clients/{orgno}}).
 */
package no.kurer.sandbox.altinn.boundary;
