package no.kurer.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Plain JDBC on the test database, to see the rows as any other client sees them, past JPA. */
final class Sql {

    private final String url;
    private final String user;
    private final String password;

    Sql(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    long count(String query, Object... parameters) throws SQLException {
        return single(query, parameters, resultSet -> resultSet.getLong(1));
    }

    OffsetDateTime timestamp(String query, Object... parameters) throws SQLException {
        return single(query, parameters, resultSet -> resultSet.getObject(1, OffsetDateTime.class));
    }

    /** The SQLSTATE of the database error behind a failure, or null when there is none. */
    static String state(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sqlException) {
                return sqlException.getSQLState();
            }
        }
        return null;
    }

    private <T> T single(String query, Object[] parameters, Column<T> column) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet resultSet = statement.executeQuery()) {
                if (!resultSet.next()) {
                    throw new AssertionError("no row for " + query);
                }
                return column.read(resultSet);
            }
        }
    }

    private interface Column<T> {
        T read(ResultSet resultSet) throws SQLException;
    }
}
