/**
 * The production API resources.
 */
package no.kurer.dpi.messages.boundary;
