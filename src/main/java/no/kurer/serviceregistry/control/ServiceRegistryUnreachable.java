package no.kurer.serviceregistry.control;

import java.util.Map;
import no.kurer.problems.Problem;

/**
 * The service registry (or its JWKS) did not answer, or answered with a server error: worth trying again later, which
 * the answer's {@code Retry-After} ({@value #RETRY_AFTER_SECONDS} s) says.
 */
public class ServiceRegistryUnreachable extends Problem {

    static final int RETRY_AFTER_SECONDS = 30;

    public ServiceRegistryUnreachable(String detail) {
        super(
                503,
                "service-registry-unreachable",
                "The service registry cannot be reached",
                detail + " Nothing was sent; try again later.",
                Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)));
    }
}
