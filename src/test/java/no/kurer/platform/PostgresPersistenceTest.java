package no.kurer.platform;

import no.kurer.testsupport.DatabaseServer;
import no.kurer.testsupport.EmbeddedPostgresDatabase;

/** The persistence contract on a real PostgreSQL, Kurer's production database. */
class PostgresPersistenceTest extends PersistenceContract {

    @Override
    DatabaseServer startDatabase() throws Exception {
        return EmbeddedPostgresDatabase.start();
    }
}
