/**
 * Accepting a send (seed 003, "Aksesspunkt-leverandør mottek melding"): the two-step and one-call forms, and the rules
 * that tie a forretningsmelding to the Maskinporten token it came with and to the address it was sent to.
 */
package no.kurer.dpi.control.intake;
