package no.kurer.conversation.control;

import no.kurer.testsupport.DatabaseServer;
import no.kurer.testsupport.EmbeddedPostgresDatabase;

/** The conversation contract on a real PostgreSQL, Kurer's production database. */
class ConversationPostgresTest extends ConversationPersistenceContract {

    @Override
    DatabaseServer startDatabase() throws Exception {
        return EmbeddedPostgresDatabase.start();
    }
}
