package no.kurer.problems;

import java.time.Instant;

/**
 * A request Kurer answered with a problem, fired as a CDI event by {@link ProblemMapper} for whoever counts or lists
 * refusals (metrics, the admin page). The sender is known once the request's token was read: the code that reads it
 * sets the request attribute {@link #SENDER_ATTRIBUTE}.
 *
 * @param type the problem type's slug, e.g. {@code meldingsid-used}
 * @param sender the organisation number of the authenticated (or claimed) sender, or {@code null} when unknown
 */
public record Refusal(Instant at, int status, String type, String method, String path, String sender) {

    /** The servlet request attribute that names the sender (an organisation number) of the request. */
    public static final String SENDER_ATTRIBUTE = "no.kurer.sender";
}
