package no.kurer.metrics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.kurer.problems.Refusal;

/** Counts every refusal {@link no.kurer.problems.ProblemMapper} tells of, by problem type and status. */
@ApplicationScoped
public class RefusalMeter {

    void on(@Observes Refusal refusal) {
        Meters.refused(refusal.type(), refusal.status());
    }
}
