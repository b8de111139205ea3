package no.kurer.platform;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The persistence contract on H2 files, Kurer's default database. */
class H2PersistenceTest extends PersistenceContract {

    @TempDir
    static Path dir;

    @Override
    TestDatabase startDatabase() {
        return new H2FileDatabase(dir);
    }
}
