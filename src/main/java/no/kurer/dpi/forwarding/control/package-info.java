/** Outbox claims and outcomes, backoff, routing to a corner 3, and the transports that carry a message there. */
package no.kurer.dpi.forwarding.control;
