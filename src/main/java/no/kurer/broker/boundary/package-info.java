/**
 * What starts DPO work: the API for the public body's own systems ({@code /dpo/…}) and the broker poller (a
 * non-persistent EJB timer every {@code broker.poll.interval} seconds that never overlaps itself).
 */
package no.kurer.broker.boundary;
