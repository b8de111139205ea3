package no.kurer.dpi.messages.control;

import no.kurer.problems.Problem;

/** {@code page} or {@code page_size} that is not a number in range. */
public class InvalidPaging extends Problem {

    public InvalidPaging(String detail) {
        super(400, "invalid-paging", "Invalid paging", detail);
    }
}
