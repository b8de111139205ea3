package no.kurer.dpi.forwarding.control;

import java.nio.file.Path;
import no.kurer.testsupport.DatabaseServer;
import no.kurer.testsupport.H2FileDatabase;
import org.junit.jupiter.api.io.TempDir;

/** The outbox on an H2 file database, opened the way Kurer's default configuration opens it. */
class H2OutboxTest extends OutboxContract {

    @TempDir
    static Path dir;

    @Override
    DatabaseServer startDatabase() {
        return new H2FileDatabase(dir, ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
    }
}
