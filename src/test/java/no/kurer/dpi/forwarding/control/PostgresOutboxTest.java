package no.kurer.dpi.forwarding.control;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The outbox on a real PostgreSQL, Kurer's production database. */
class PostgresOutboxTest extends OutboxContract {

    /** zonky logs every line postgres prints; kept here so that the level sticks. */
    private static final Logger ZONKY = Logger.getLogger("io.zonky.test.db.postgres");

    EmbeddedPostgres postgres;

    @Override
    String[] startDatabase() throws Exception {
        ZONKY.setLevel(Level.WARNING);
        postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        return new String[] {postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""};
    }

    @Override
    void stopDatabase() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }
}
