/**
 * HTTP face of the sandbox Maskinporten at {@code /sandbox/maskinporten/} (issuer
 * {@code ${sandbox.base-url}/sandbox/maskinporten/}): metadata, JWKS and the token endpoint, with
 * Maskinporten's wire format (docs.digdir.no, {@code reference/PROTOCOLS.md}).
 */
package no.kurer.sandbox.maskinporten.boundary;
