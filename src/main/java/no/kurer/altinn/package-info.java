/**
 * Altinn 3 platform access shared by Kurer's Altinn features (system register, system users, Broker).
 * <p>
 * {@code control.AltinnTokens} exchanges a Maskinporten token for an Altinn token
 * ({@code GET {altinn.base-url}/authentication/api/v1/exchange/maskinporten}, PROTOCOLS.md, "Altinn Authentication"),
 * cached for its 30-minute life and renewed early. Part of issue 4 (integration point, part 1).
 */
package no.kurer.altinn;
