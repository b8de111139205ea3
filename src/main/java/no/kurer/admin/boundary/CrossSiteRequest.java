package no.kurer.admin.boundary;

import no.kurer.problems.Problem;

/** A state-changing admin call that a page of another site could have made: 403, nothing changed. */
class CrossSiteRequest extends Problem {

    CrossSiteRequest(String reason) {
        super(
                403,
                "cross-site-request",
                "Cross-site request refused",
                reason + " Nothing was changed; use the admin page, or send JSON from a client of your own.");
    }
}
