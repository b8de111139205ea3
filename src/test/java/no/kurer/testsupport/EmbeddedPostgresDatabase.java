package no.kurer.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server (zonky's embedded binaries, started from the test classpath without network access).
 * Run as root, the bundled initdb and postgres drop to the user {@code nobody} by themselves, so the data directory
 * is left where zonky puts it (a world-writable temp directory); a JUnit {@code @TempDir} would be unreadable for
 * {@code nobody}.
 */
public final class EmbeddedPostgresDatabase implements DatabaseServer {

    /** zonky logs every line initdb and postgres print; kept here so that the level sticks. */
    private static final Logger ZONKY = Logger.getLogger("io.zonky.test.db.postgres");

    private final EmbeddedPostgres postgres;
    private final Duration startup;
    private final Set<String> created = new HashSet<>();

    private EmbeddedPostgresDatabase(EmbeddedPostgres postgres, Duration startup) {
        this.postgres = postgres;
        this.startup = startup;
    }

    public static EmbeddedPostgresDatabase start() throws IOException {
        ZONKY.setLevel(Level.WARNING);
        long begin = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        return new EmbeddedPostgresDatabase(postgres, Duration.ofNanos(System.nanoTime() - begin));
    }

    @Override
    public synchronized String url(String name) throws SQLException {
        if (created.add(name)) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
        }
        return postgres.getJdbcUrl(user(), name);
    }

    @Override
    public String user() {
        return "postgres";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public String description() {
        return "PostgreSQL on port " + postgres.getPort() + ", started in " + startup.toMillis() + " ms";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
