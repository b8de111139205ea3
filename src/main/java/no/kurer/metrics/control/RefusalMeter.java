package no.kurer.metrics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.kurer.problems.Refusal;

/** Counts every refusal {@link no.kurer.problems.ProblemMapper} tells of, by its problem type's slug and status. */
@ApplicationScoped
public class RefusalMeter {

    private static final String PREFIX = "urn:kurer:problem:";

    void on(@Observes Refusal refusal) {
        String type = refusal.type() == null ? "none" : refusal.type();
        Meters.refused(type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : type, refusal.status());
    }
}
