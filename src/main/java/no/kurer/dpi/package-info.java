/**
 * The C2 access point for Digital Post til Innbygger (DPI), as proposed in Digdir's seed 003 ("framlegg til nytt
 * REST-api sikret med Maskinporten") and Digdir's production C2 API.
 *
 * <p>A sender (corner 1) or its data processor authenticates with a Maskinporten token and sends a signed
 * forretningsmelding and a dokumentpakke. Kurer verifies that the token, the signed message and the signing
 * certificate all speak for the same sender, stores message and package durably, and (later issues) forwards them to
 * corner 3 and queues receipts for the sender to poll. {@code boundary} holds the JAX-RS resources, {@code control} the
 * checks and storage, {@code entity} the JPA entities and the parsed forretningsmelding.
 */
package no.kurer.dpi;
