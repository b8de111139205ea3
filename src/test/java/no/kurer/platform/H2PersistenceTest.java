package no.kurer.platform;

import java.nio.file.Path;
import no.kurer.testsupport.DatabaseServer;
import no.kurer.testsupport.H2FileDatabase;
import org.junit.jupiter.api.io.TempDir;

/** The persistence contract on H2 files, Kurer's default database. */
class H2PersistenceTest extends PersistenceContract {

    @TempDir
    static Path dir;

    @Override
    DatabaseServer startDatabase() {
        return new H2FileDatabase(dir);
    }
}
