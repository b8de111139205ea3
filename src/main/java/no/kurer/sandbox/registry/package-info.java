/**
 * The sandbox's stand-in for Digdir's service registry (adressetjenesten): {@code GET /identifier/{id}/process/{process}}
 * answers signed records (a compact RS256 JWS with {@code kid} and {@code x5c}, verifiable against {@code GET /jwk}) for
 * the sandbox organisations, with each organisation's enterprise certificate as {@code pemCertificate}. Organisation
 * {@link no.kurer.sandbox.registry.control.ServiceRecordFactory#NO_DPO_ORGNO} is known but has no DPO record (a DPV
 * receiver). Callers need a sandbox Maskinporten token with an {@code eformidling:*} scope. Fault modes (down,
 * tampered signatures) let tests show how Kurer meets a broken registry.
 */
package no.kurer.sandbox.registry;
