package no.kurer.systemuser.control;

import no.kurer.problems.Problem;

/** A retry of an onboarding that is still in progress or already accepted. */
public class NotRetryable extends Problem {

    public NotRetryable(long id, String status) {
        super(
                409,
                "onboarding-not-retryable",
                "The onboarding cannot be retried now",
                "Onboarding " + id + " is " + status + "; only Failed, Rejected, Denied or Timedout ones are retried");
    }
}
