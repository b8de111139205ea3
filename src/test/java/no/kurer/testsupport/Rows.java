package no.kurer.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the tests read straight from Kurer's database. */
public final class Rows {

    private Rows() {}

    /** The rows of a one-column query, comma-separated. */
    public static String single(Connection db, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return String.join(",", values);
    }
}
