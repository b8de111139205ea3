package no.kurer.metrics.boundary;

import no.kurer.problems.Problem;

/** {@code /admin/metrics} while {@code metrics.enabled=false}. */
public class MetricsOff extends Problem {

    public MetricsOff() {
        super(
                404,
                "metrics-off",
                "Metrics are off",
                "Kurer records no metrics while metrics.enabled is false; set it to true and restart.");
    }
}
