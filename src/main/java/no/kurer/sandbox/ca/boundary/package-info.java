/**
 * HTTP face of the sandbox test CA: {@code POST /sandbox/ca/enterprise-certificates} hands out a
 * fresh enterprise certificate with its private key (or, with {@code "persistent":true}, the organisation's kept one;
 * sandbox only: a real CA never sees or ships a private key), {@code GET /sandbox/ca/ca.pem} the root to trust,
 * {@code GET /sandbox/ca/organisations.pem} the kept organisations' certificates (DPO receivers).
 */
package no.kurer.sandbox.ca.boundary;
