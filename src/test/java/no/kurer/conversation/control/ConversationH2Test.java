package no.kurer.conversation.control;

import java.nio.file.Path;
import no.kurer.testsupport.DatabaseServer;
import no.kurer.testsupport.H2FileDatabase;
import org.junit.jupiter.api.io.TempDir;

/** The conversation contract on H2 files, Kurer's default database. */
class ConversationH2Test extends ConversationPersistenceContract {

    @TempDir
    static Path dir;

    @Override
    DatabaseServer startDatabase() {
        return new H2FileDatabase(dir);
    }
}
