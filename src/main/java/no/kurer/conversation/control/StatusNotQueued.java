package no.kurer.conversation.control;

import no.kurer.problems.Problem;

/**
 * {@code DELETE /api/statuses/{id}} of an entry that is not in the status queue (404). Kurer's status queue is always
 * empty, as efm's is by default ({@code difi.move.feature.statusQueueIncludes} empty): statuses are read from
 * {@code GET /api/statuses} or pushed by webhooks.
 */
public class StatusNotQueued extends Problem {

    public StatusNotQueued(String id) {
        super(
                404,
                "efm-status-not-queued",
                "Not in the status queue",
                "Status " + id + " is not in the status queue; the queue is always empty in Kurer (read"
                        + " GET /api/statuses, or subscribe to webhooks).");
    }
}
