package no.kurer.serviceregistry.control;

import no.kurer.problems.Problem;

/**
 * The service registry answered, but not with something Kurer may use: a signature that does not hold (type
 * {@code service-registry-untrusted}), or a refusal of Kurer's own request ({@code service-registry-refused}).
 */
public class ServiceRegistryRefused extends Problem {

    private ServiceRegistryRefused(String type, String title, String detail) {
        super(502, type, title, detail);
    }

    public static ServiceRegistryRefused untrusted(String detail) {
        return new ServiceRegistryRefused(
                "service-registry-untrusted",
                "The service registry's answer is not trusted",
                detail + " Nothing was sent.");
    }

    public static ServiceRegistryRefused refused(int status, String detail) {
        return new ServiceRegistryRefused(
                "service-registry-refused",
                "The service registry refused Kurer's lookup",
                "The service registry answered " + status + ": " + detail);
    }
}
