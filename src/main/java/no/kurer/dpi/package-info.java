/**
 * The C2 access point for Digital Post til Innbygger (DPI), as proposed in Digdir's seed 003 ("framlegg til nytt
 * REST-api sikret med Maskinporten") and Digdir's production C2 API.
 *
 * <p>A sender (corner 1) or its data processor authenticates with a Maskinporten token and sends a signed
 * forretningsmelding and a dokumentpakke. Kurer verifies that the token, the signed message and the signing
 * certificate all speak for the same sender and stores message and package durably ({@code boundary}, {@code control},
 * {@code entity}). {@code forwarding} then delivers them to corner 3 over REST or, through {@code peppol}, AS4;
 * {@code kvittering} takes corner 3's receipts and queues them for the sender to poll, and {@code messages} serves
 * Digdir's production API on the same intake and store.
 */
package no.kurer.dpi;
