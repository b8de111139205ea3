package no.kurer.problems;

import java.util.Map;

/**
 * A business failure that a client sees as {@code application/problem+json}.
 * Each failure is a subclass in the feature that raises it; {@link ProblemMapper} writes them all.
 */
public class Problem extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final Map<String, String> headers;

    public Problem(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of());
    }

    public Problem(int status, String slug, String title, String detail, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    /** The problem type, a URI that names the failure (RFC 9457 {@code type}). */
    public String type() {
        return "urn:kurer:problem:" + slug;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** Extra response headers, such as {@code WWW-Authenticate}. */
    public Map<String, String> headers() {
        return headers;
    }
}
