package no.kurer.platform;

import java.sql.SQLException;

/**
 * A database refusal for an integrity constraint (SQLState class 23; H2 and PostgreSQL say 23505 for a duplicate key):
 * the one failure of an insert that means "someone stored this first", as opposed to any other error.
 */
public final class ConstraintViolation {

    private ConstraintViolation() {}

    /** Whether {@code failure}, or any of its causes, is a class-23 SQL error. */
    public static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
