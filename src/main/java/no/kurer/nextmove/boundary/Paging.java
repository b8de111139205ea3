package no.kurer.nextmove.boundary;

import java.util.Locale;
import no.kurer.problems.InvalidParameter;

/**
 * The paging query parameters of a NextMove list: {@code page} (from 0), {@code size} (default 10, at most 1,000)
 * and {@code sort=property[,asc|desc]} (null when not given).
 */
public record Paging(int page, int size, String sort) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 1000;

    /** From the query parameters as given (each may be null); a negative page or a size out of range is a 400. */
    public static Paging of(Integer page, Integer size, String sort) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidParameter("query", "page", "0 or more", String.valueOf(p));
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidParameter("query", "size", "from 1 to " + MAX_SIZE, String.valueOf(s));
        }
        return new Paging(p, s, sort == null || sort.isBlank() ? null : sort);
    }

    /** The index of this page's first element. */
    public int offset() {
        return page * size;
    }

    /** True when the sort asks for descending order ({@code sort=prop,desc}). */
    public boolean descending() {
        return sort != null && sort.toLowerCase(Locale.ROOT).endsWith(",desc");
    }
}
