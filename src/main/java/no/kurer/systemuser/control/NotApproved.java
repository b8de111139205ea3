package no.kurer.systemuser.control;

import no.kurer.problems.Problem;

/** A token was asked for a system user whose onboarding is not Accepted. */
public class NotApproved extends Problem {

    public NotApproved(long id, String status) {
        super(
                409,
                "system-user-not-approved",
                "The system user is not approved",
                "Onboarding " + id + " is " + status + "; a system user token needs it Accepted");
    }
}
