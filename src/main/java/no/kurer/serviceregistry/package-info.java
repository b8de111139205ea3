/**
 * Digdir's service registry (adressetjenesten), as Digdir's integration point asks it: who a receiver is, which
 * services (DPO, DPV, …) it takes for a process and document type, and the enterprise certificate a DPO payload is
 * encrypted to. Answers are signed (compact RS256 JWS) and verified against the registry's JWKS; good answers are
 * kept for {@code serviceregistry.cache-seconds} (5 minutes, as Digdir's integration point keeps them), failures never.
 */
package no.kurer.serviceregistry;
