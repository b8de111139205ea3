package no.kurer.serviceregistry.control;

import no.kurer.problems.Problem;

/** The service registry (or its JWKS) did not answer, or answered with a server error: worth trying again later. */
public class ServiceRegistryUnreachable extends Problem {

    public ServiceRegistryUnreachable(String detail) {
        super(
                503,
                "service-registry-unreachable",
                "The service registry cannot be reached",
                detail + " Nothing was sent; try again later.");
    }
}
