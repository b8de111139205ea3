/**
 * What starts DPO work: the broker poller (a non-persistent EJB timer every {@code broker.poll.interval} seconds that
 * never overlaps itself), and the request-body helpers the NextMove API ({@code no.kurer.nextmove}, {@code /api/…})
 * reads the public body's own systems' SBDs and file names with.
 */
package no.kurer.broker.boundary;
