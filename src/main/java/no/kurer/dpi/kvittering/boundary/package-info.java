/**
 * What starts receipt work: the corner-3 delivery and sender polling resources, the MeldingFeilet observer, the retention timer.
 */
package no.kurer.dpi.kvittering.boundary;
