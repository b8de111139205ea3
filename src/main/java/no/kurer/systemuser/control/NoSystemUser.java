package no.kurer.systemuser.control;

import no.kurer.problems.Problem;

/** Kurer has no approved system user to act with: configure one or finish an onboarding. */
public class NoSystemUser extends Problem {

    public NoSystemUser() {
        super(
                503,
                "no-system-user",
                "No approved system user",
                "Kurer has no approved system user: set systemuser.org, systemuser.system-id and"
                        + " systemuser.external-ref, or onboard one at /admin/");
    }
}
