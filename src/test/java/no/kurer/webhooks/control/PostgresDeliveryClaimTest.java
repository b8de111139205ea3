package no.kurer.webhooks.control;

import no.kurer.testsupport.DatabaseServer;
import no.kurer.testsupport.EmbeddedPostgresDatabase;

/** Delivery claiming on a real PostgreSQL, Kurer's production database. */
class PostgresDeliveryClaimTest extends DeliveryClaimContract {

    @Override
    DatabaseServer startDatabase() throws Exception {
        return EmbeddedPostgresDatabase.start();
    }
}
