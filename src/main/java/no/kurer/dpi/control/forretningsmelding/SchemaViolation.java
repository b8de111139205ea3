package no.kurer.dpi.control.forretningsmelding;

import java.util.List;
import no.kurer.problems.Problem;

/** The payload breaks the DPI JSON schema of its type (or the header disagrees with the body). */
public class SchemaViolation extends Problem {

    static final int SHOWN = 20;

    private final List<String> violations;

    public SchemaViolation(String type, List<String> violations) {
        super(400, "schema-violation", "The forretningsmelding breaks the DPI schema", describe(type, violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }

    static String describe(String type, List<String> violations) {
        var shown = String.join("; ", violations.subList(0, Math.min(SHOWN, violations.size())));
        var more = violations.size() > SHOWN ? " (and " + (violations.size() - SHOWN) + " more)" : "";
        return "The '" + type + "' message breaks its schema: " + shown + more;
    }
}
