package no.kurer.platform;

/** The persistence contract on a real PostgreSQL, Kurer's production database. */
class PostgresPersistenceTest extends PersistenceContract {

    @Override
    TestDatabase startDatabase() throws Exception {
        return EmbeddedPostgresDatabase.start();
    }
}
