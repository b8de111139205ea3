/**
 * Receipt rules, storage, reading, Kurer's own feil receipt and retention.
 */
package no.kurer.dpi.kvittering.control;
