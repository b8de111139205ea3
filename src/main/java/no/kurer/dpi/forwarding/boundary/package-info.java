/** What starts forwarding: the outbox timer, one per instance, which only delegates. */
package no.kurer.dpi.forwarding.boundary;
