package no.kurer.dpi.forwarding.control;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The outbox on an H2 file database, opened the way Kurer's default configuration opens it. */
class H2OutboxTest extends OutboxContract {

    @TempDir
    static Path dir;

    @Override
    String[] startDatabase() {
        return new String[] {"jdbc:h2:file:" + dir.resolve("kurer").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000", "sa", ""};
    }

    @Override
    void stopDatabase() {
        // JUnit deletes the directory
    }
}
