package no.kurer.dpi.forwarding.control;

import no.kurer.testsupport.DatabaseServer;
import no.kurer.testsupport.EmbeddedPostgresDatabase;

/** The outbox on a real PostgreSQL, Kurer's production database. */
class PostgresOutboxTest extends OutboxContract {

    @Override
    DatabaseServer startDatabase() throws Exception {
        return EmbeddedPostgresDatabase.start();
    }
}
