package no.kurer.serviceregistry.control;

import no.kurer.problems.Problem;

/** The service registry does not know the identifier (it answered 404), so Kurer can say nothing about it. */
public class UnknownIdentifier extends Problem {

    public UnknownIdentifier(String identifier) {
        super(
                404,
                "service-registry-unknown-identifier",
                "Not in the service registry",
                "The service registry knows no organisation or person " + identifier + ".");
    }
}
