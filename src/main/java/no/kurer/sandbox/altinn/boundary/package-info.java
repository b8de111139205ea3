/**
 * HTTP of the Altinn Authentication stand-in: the API at {@code /sandbox/altinn/authentication/api/v1}, the confirm
 * page at {@code /sandbox/altinn/confirm/{requestId}}, and test controls ({@code /sandbox/altinn/faults},
 * {@code /sandbox/altinn/requests/{id}/timeout}).
 */
package no.kurer.sandbox.altinn.boundary;
