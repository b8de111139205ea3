/**
 * Failures as {@code application/problem+json} (RFC 9457). Each business failure is a small {@link no.kurer.problems.Problem}
 * subclass in the feature that raises it; {@link no.kurer.problems.ProblemMapper} is the one mapper that writes them,
 * so a client never sees a stack trace, a Java class name or a 500 for anything it sent. Input that fails before an
 * endpoint runs is refused here too: a malformed query, path or header parameter is a 400 naming it
 * ({@link no.kurer.problems.ParameterConverters}), a charset Java cannot decode a 415
 * ({@link no.kurer.problems.RequestCharset}).
 */
package no.kurer.problems;
