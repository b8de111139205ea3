/**
 * Digdir's service registry (adressetjenesten), as Digdir's integration point asks it: who a receiver is, which
 * services (DPO, DPV, …) it takes for a process and document type, and the enterprise certificate a DPO payload is
 * encrypted to. Answers are signed (compact RS256 JWS) and verified against the registry's JWKS; good answers are
 * kept for {@code serviceregistry.cache-seconds} (5 minutes, as Digdir's integration point keeps them), failures never.
 * DPO asks it through {@code broker.control.DpoReceivers} (at create and at send; {@code dpo.receiver-certificates}
 * overrides it per receiver, {@code serviceregistry.enabled=false} switches it off); the boundary answers NextMove's
 * {@code GET /api/capabilities/{receiverIdentifier}} from it (efm's {@code CapabilitiesController}: one capability per
 * service record, each document type's {@code type} the part of its standard after {@code ::}).
 */
package no.kurer.serviceregistry;
