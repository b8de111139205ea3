/**
 * Maskinporten, Digdir's OAuth2 server for machine-to-machine access.
 * <p>
 * Incoming: {@code control} validates the bearer tokens that senders (and corner 3s) present to Kurer's APIs,
 * against Maskinporten's JWKS, and hands the rest of Kurer a {@code entity.MaskinportenToken} that names the
 * {@code consumer} (and {@code supplier} for a data processor) and any {@code authorization_details}
 * (system users, {@code urn:altinn:systemuser}, and consents, {@code urn:altinn:samtykke}).
 * Outgoing: the token client that sends JWT grants to Maskinporten's token endpoint.
 * <p>
 * Implements the Maskinporten section of {@code reference/PROTOCOLS.md}, the token example of seed 003
 * (DPI corner 2 proposal), the system user token of seed 004 and the consent token of seed 002.
 */
package no.kurer.maskinporten;
