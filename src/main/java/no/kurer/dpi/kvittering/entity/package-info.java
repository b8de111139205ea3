/**
 * The stored receipt and the caller who asks for receipts.
 */
package no.kurer.dpi.kvittering.entity;
