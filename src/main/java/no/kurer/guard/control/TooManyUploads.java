package no.kurer.guard.control;

import java.util.Map;
import no.kurer.problems.Problem;

/** An upload group is full: 503 with {@code Retry-After}, answered before the body is read, closing the connection. */
public class TooManyUploads extends Problem {

    public TooManyUploads(UploadGroup group, long limit, long retryAfterSeconds) {
        super(
                503,
                "too-many-uploads",
                "Too many uploads at once",
                "Kurer is receiving " + limit + " request bodies for this endpoint (" + group.label()
                        + ") already; try again in " + retryAfterSeconds + " seconds.",
                Map.of("Retry-After", String.valueOf(retryAfterSeconds), "Connection", "close"));
    }
}
